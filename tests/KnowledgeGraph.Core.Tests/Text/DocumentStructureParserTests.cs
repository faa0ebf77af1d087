using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Tests.Text;

public class DocumentStructureParserTests
{
    private static DocumentStructure ParseSeed(string prefix) =>
        new DocumentStructureParser().Parse(prefix, new TextNormalizer().Normalize(SeedDocuments.Read(prefix)));

    private static DocumentStructure Parse(string text) => new DocumentStructureParser().Parse("doc", text);

    private static Section SectionHeaded(DocumentStructure structure, string heading) =>
        Assert.Single(structure.Sections, section => section.Heading == heading);

    [Theory]
    [InlineData("000", 16)]
    [InlineData("001", 25)]
    [InlineData("002", 14)]
    [InlineData("003", 12)]
    [InlineData("004", 12)]
    public void Each_seed_has_the_sections_its_headings_announce(string seed, int sections)
    {
        Assert.Equal(sections, ParseSeed(seed).Sections.Count);
    }

    [Theory]
    [InlineData("000", "——图解政协淮安市第九届委员会常务委员会工作报告", 1)]
    [InlineData("000", "漂亮答卷", 1)]
    [InlineData("000", "2023年", 1)]
    [InlineData("000", "（一）全面推进政协党的建设，党对政协工作的领导实现新加强。", 2)]
    [InlineData("000", "2024年 市政协工作思路", 1)]
    [InlineData("001", "淮安答卷", 1)]
    [InlineData("001", "一、全力推动党史学习教育走深走实，着力从百年党史中汲取前行力量。", 1)]
    [InlineData("001", "1 必须坚定党的领导 增强履职的政治性", 2)]
    [InlineData("001", "展望今后五年和2022年工作", 1)]
    [InlineData("002", "人民政协", 1)]
    [InlineData("002", "砥砺奋进谱写政协事业新篇章", 2)]
    [InlineData("002", "——2023年市政协十项亮点工作回眸", 3)]
    [InlineData("002", "1 深入学习贯彻习近平总书记盐城考察时重要指示精神，牢记嘱托、感恩奋进", 3)]
    [InlineData("002", "10 总结推广县（市、区）政协工作新鲜经验，促进共同提高履职水平", 3)]
    [InlineData("003", "党建为魂 在政治方向上不偏不倚", 1)]
    [InlineData("003", "二〇二三年淮安市县市区政协工作巡礼（一）", 1)]
    [InlineData("004", "政协泰州市姜堰区委员会常务委员会工作报告（摘要）", 1)]
    [InlineData("004", "2024年工作回顾", 1)]
    [InlineData("004", "2025年工作安排", 1)]
    [InlineData("004", "一、把牢履职方向，政治引领得到新加强", 1)]
    public void Seed_headings_are_found_with_their_level(string seed, string heading, int level)
    {
        Assert.Equal(level, SectionHeaded(ParseSeed(seed), heading).Level);
    }

    [Fact]
    public void Text_before_the_first_heading_forms_a_section_without_heading()
    {
        var structure = ParseSeed("000");
        var first = structure.Sections[0];

        Assert.Null(first.Heading);
        Assert.Equal(0, first.Level);
        Assert.StartsWith("2024年是新中国和人民政协成立75周年", Assert.Single(first.Paragraphs).Sentences[0].Text);
    }

    [Fact]
    public void A_byline_is_a_paragraph_not_a_heading()
    {
        var structure = ParseSeed("003");

        Assert.DoesNotContain(structure.Sections, section => section.Heading?.StartsWith("通讯员", StringComparison.Ordinal) == true);
        Assert.Contains(structure.Sentences, sentence => sentence.Text == "通讯员 王玉峰 王荣荣");
    }

    [Fact]
    public void A_dashed_list_item_is_a_paragraph_not_a_heading()
    {
        var structure = Parse("- 某某深入某县调研并主持召开协调会\n\n近年来，某县依托生态优势发展特色农业。");

        Assert.All(structure.Sections, section => Assert.Null(section.Heading));
        Assert.Contains(structure.Sentences, sentence => sentence.Text == "- 某某深入某县调研并主持召开协调会");
    }

    [Fact]
    public void A_section_holds_the_paragraphs_up_to_the_next_heading()
    {
        var section = SectionHeaded(ParseSeed("003"), "党建为魂 在政治方向上不偏不倚");

        Assert.Equal(3, section.Paragraphs.Count);
        Assert.StartsWith("坚持党的领导不动摇。", section.Paragraphs[0].Sentences[0].Text);
    }

    [Fact]
    public void Year_parts_in_chinese_numerals_are_headings()
    {
        var structure = Parse("二〇二四年工作安排\n\n继续推进各项工作。");

        Assert.Equal("二〇二四年工作安排", structure.Sections[0].Heading);
    }

    [Fact]
    public void Numbered_headings_sit_below_parenthesized_ones()
    {
        var structure = Parse("一、总体要求\n\n（一）指导思想\n\n1.加强学习\n\n正文。");

        Assert.Equal([1, 2, 3], structure.Sections.Select(section => section.Level));
    }

    [Fact]
    public void A_long_line_that_starts_with_an_ordinal_is_a_paragraph()
    {
        var line = "一、" + new string('议', 70) + "。";

        var structure = Parse("总体要求\n\n" + line);

        Assert.Equal("总体要求", Assert.Single(structure.Sections).Heading);
    }

    [Fact]
    public void A_short_line_at_the_end_of_the_text_is_a_paragraph()
    {
        var structure = Parse("正文。\n\n附件目录");

        Assert.Null(Assert.Single(structure.Sections).Heading);
    }

    [Fact]
    public void Sentences_end_at_chinese_and_ascii_terminators()
    {
        var sentences = Parse("第一句。第二句！第三句？第四句!第五句").Sentences.Select(s => s.Text);

        Assert.Equal(["第一句。", "第二句！", "第三句？", "第四句!", "第五句"], sentences);
    }

    [Fact]
    public void A_real_paragraph_splits_at_its_question_marks()
    {
        var paragraph = SectionHeaded(ParseSeed("000"), "——图解政协淮安市第九届委员会常务委员会工作报告").Paragraphs[0];

        Assert.Equal(
            [
                "2024年1月15日，政协淮安市第九届委员会第三次会议上，市政协主席戚寿余作政协淮安市第九届委员会常务委员会工作报告。",
                "2023年，市政协工作有什么新成效新亮点？",
                "2024年又将谱写怎样的新蓝图新篇章？",
                "快来看看吧。",
            ],
            paragraph.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void A_closing_quote_after_the_terminator_stays_with_the_sentence()
    {
        var sentences = Parse("他说：“我们要坚持。”随后散会。").Sentences.Select(s => s.Text);

        Assert.Equal(["他说：“我们要坚持。”", "随后散会。"], sentences);
    }

    [Theory]
    [InlineData("主题为“团结奋进。共创未来”的活动举行。")]
    [InlineData("《论协商。民主》一书出版。")]
    public void A_terminator_inside_quotes_does_not_split_the_sentence(string text)
    {
        var sentence = Assert.Single(Parse(text).Sentences);

        Assert.Equal(text, sentence.Text);
    }

    [Fact]
    public void A_quote_left_open_for_very_long_does_not_stop_splitting()
    {
        var text = "他说：“" + new string('议', 250) + "。下一句。";

        Assert.Equal(2, Parse(text).Sentences.Count());
    }

    [Fact]
    public void A_semicolon_stays_inside_the_sentence_unless_asked()
    {
        const string text = "健全完善协商议政格局；研究出台各类制度文件；组织开展培训。";
        var splitting = new DocumentStructureParser(new DocumentStructureParserOptions { SplitAtSemicolon = true });

        Assert.Single(Parse(text).Sentences);
        Assert.Equal(3, splitting.Parse("doc", text).Sentences.Count());
    }

    [Fact]
    public void Sentence_spans_leave_out_surrounding_whitespace()
    {
        const string text = "  第一句。  第二句。  ";

        var sentences = Parse(text).Sentences.ToList();

        Assert.Equal(["第一句。", "第二句。"], sentences.Select(s => s.Text));
        Assert.All(sentences, s => Assert.Equal(text[s.Start..s.End], s.Text));
    }

    [Fact]
    public void Ids_are_the_document_id_followed_by_the_ordinal_path()
    {
        var structure = Parse("引言。\n\n一、总体要求\n\n第一句。第二句。\n\n第三句。");

        Assert.Equal(["doc:s1", "doc:s2"], structure.Sections.Select(s => s.Id));
        Assert.Equal(["doc:s2:p1", "doc:s2:p2"], structure.Sections[1].Paragraphs.Select(p => p.Id));
        Assert.Equal(["doc:s2:p1:t1", "doc:s2:p1:t2"], structure.Sections[1].Paragraphs[0].Sentences.Select(t => t.Id));
    }

    [Theory]
    [MemberData(nameof(SeedDocuments.Prefixes), MemberType = typeof(SeedDocuments))]
    public void Parsing_the_same_seed_twice_gives_the_same_ids(string seed)
    {
        var first = ParseSeed(seed);
        var second = ParseSeed(seed);

        Assert.Equal(Ids(first), Ids(second));
        Assert.Equal(Ids(first).Count, Ids(first).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(SeedDocuments.Prefixes), MemberType = typeof(SeedDocuments))]
    public void Sentences_of_a_seed_are_in_order_and_hold_their_own_text(string seed)
    {
        var normalized = new TextNormalizer().Normalize(SeedDocuments.Read(seed));
        var structure = new DocumentStructureParser().Parse(seed, normalized);

        var previousEnd = 0;
        foreach (var sentence in structure.Sentences)
        {
            Assert.True(sentence.Start >= previousEnd && sentence.End > sentence.Start);
            Assert.Equal(normalized.Text[sentence.Start..sentence.End], sentence.Text);
            previousEnd = sentence.End;
        }
    }

    private static List<string> Ids(DocumentStructure structure) =>
        structure.Sections.Select(s => s.Id)
            .Concat(structure.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Id))
            .Concat(structure.Sentences.Select(t => t.Id))
            .ToList();
}
