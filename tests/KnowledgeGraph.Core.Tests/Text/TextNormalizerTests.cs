using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Tests.Text;

public class TextNormalizerTests
{
    private static string Normalize(string original) => new TextNormalizer().Normalize(original).Text;

    private static string NormalizeSeed(string prefix) => Normalize(SeedDocuments.Read(prefix));

    [Theory]
    [InlineData("也是淮安在现代化新征程上")]
    [InlineData("委员使命在肩。市政协将以习近平新时代")]
    [InlineData("中共二十大精神和习近平总书记对江苏工作")]
    [InlineData("市政协主席戚寿余作政协淮安市第九届委员会常务委员会工作报告。2023年")]
    [InlineData("市县两级政协共走访民营企业603家，收集各类问题建议1648条。")]
    [InlineData("向市委请示报告25次，按照市委要求逐项抓好落实。")]
    [InlineData("完善政协“两链多点”党的组织体系")]
    [InlineData("获评“2023全国社会治理创新案例”“中国改革2023年度地方全面深化改革典型案例”。")]
    public void Lines_wrapped_at_a_fixed_width_are_joined_back_into_sentences(string phrase)
    {
        Assert.Contains(phrase, NormalizeSeed("000"));
    }

    [Theory]
    [InlineData("002", "采取多种形式组织委员学习，大家深受鼓舞")]
    [InlineData("002", "集中开展“民生专题协商议事月”活动")]
    [InlineData("002", "由主席会议成员带队开展调研")]
    [InlineData("002", "《乡镇企业异军突起的一面旗帜》")]
    [InlineData("004", "围绕“四链融合”助力招商引资、发展新质生产力、溱湖湾片区建设等发展“要事”，议政协商、调研协商与双月协商协同发力。")]
    [InlineData("004", "创新探索“政协协商+法庭调解”模式")]
    [InlineData("004", "及时反映群众的急难愁盼，助力区委、区政府破解民生难题")]
    public void A_paragraph_cut_by_a_page_break_is_joined_across_the_blank_line(string seed, string phrase)
    {
        Assert.Contains(phrase, NormalizeSeed(seed));
    }

    [Theory]
    [InlineData("000", "\n\n漂亮答卷\n\n")]
    [InlineData("000", "\n\n——图解政协淮安市第九届委员会常务委员会工作报告\n2024年1月15日")]
    [InlineData("000", "\n\n新征程新篇章\n\n")]
    [InlineData("001", "\n\n淮安答卷\n\n过去五年")]
    [InlineData("001", "\n\n1 必须坚定党的领导\n增强履职的政治性\n\n")]
    [InlineData("003", "\n\n党建为魂 在政治方向上不偏不倚\n\n坚持党的领导不动摇。")]
    [InlineData("003", "\n\n砥砺前行新征程 实干笃行新时代\n\n二〇二三年淮安市县市区政协工作巡礼（一）\n\n")]
    [InlineData("004", "政协泰州市姜堰区委员会常务委员会工作报告（摘要）\n\n2024年工作回顾\n\n2024年，")]
    public void Titles_and_finished_paragraphs_keep_their_line_breaks(string seed, string fragment)
    {
        Assert.Contains(fragment, NormalizeSeed(seed));
    }

    [Theory]
    [InlineData("（一）全面推进政协党的建设，党对政协工作的领导实现新加强。")]
    [InlineData("（二）紧紧围绕“建好周总理家乡”履职尽责，服务中心大局彰显新作为。")]
    [InlineData("（五）从严从实推进固本强基，在全面加强自身建设上展现更好风采。")]
    public void A_heading_that_was_itself_wrapped_becomes_one_whole_line(string heading)
    {
        var lines = NormalizeSeed("000").Split('\n');

        Assert.Contains(heading, lines);
    }

    [Fact]
    public void An_unpunctuated_heading_in_a_hard_wrapped_document_is_not_joined_to_its_body()
    {
        const string wrapped = """
            一、把牢履职方向，政治引领得到新加强
            依托制度化学习体系，将“第一议题”制
            度贯穿始终，学深悟透党的二十届三中全
            会和习近平总书记重要讲话精神，召开区
            政协党组理论中心组学习会16次。
            """;

        var text = new TextNormalizer().Normalize(wrapped).Text;

        Assert.StartsWith("一、把牢履职方向，政治引领得到新加强\n依托制度化学习体系，将“第一议题”制度贯穿始终", text);
    }

    [Fact]
    public void A_headlines_last_line_is_never_joined_to_the_dateline_opening_the_story()
    {
        // An e-paper page: its bars and date line, the headline set over two lines, then the lead behind 本报讯. The
        // page's short lines make it look cut at a narrow width; joined, the headline's count would run into the
        // byline (立案二百六十件本报讯（记者…）).
        const string page = "某某日报 | 某某晚报 | 版面导航 | 标题导航\n3  上一期  下一期  4\n下一篇  4\n2007 年 12 月 19 日 星期三    【打印】\n"
            + "市政协某届某次会议 收到提案三百零一件\n经审查决定立案二百六十件\n"
            + "  本报讯 (记者 某某某)截至昨日14时,市政协某届某次会议提案委员会共收到提案301件,经审查决定立案260件。\n";

        var text = new TextNormalizer().Normalize(page).Text;

        Assert.Contains("立案二百六十件\n本报讯", text);
    }

    [Fact]
    public void A_wrapped_line_opening_with_a_bulletins_name_and_prose_under_a_list_heading_are_joined()
    {
        // 简讯（双月刊） is a bulletin's name the layout cut, no dateline; under 延伸阅读 an explainer's lines are prose.
        const string page = "某某市政协委员履职综述\n一年来，某某市政协坚持以委员工作室为平台，组织\n委员深入基层开展履职活动，各工作室全年共编发委\n"
            + "员履职简讯（双月刊）6期，开展委员接待日活动48\n场，收集意见建议210条，为党委政府科学决策提供\n了参考。\n\n延伸阅读\n"
            + "近年来，某某县政协把民生实事监督作为民主监督的\n重要抓手，连续三年开展专项监督，累计组织委员视\n察42次，提出意见建议160余条，推动解决了一批群\n众急难愁盼问题。\n";

        var text = new TextNormalizer().Normalize(page).Text;

        Assert.Contains("编发委员履职简讯", text);
        Assert.Contains("组织委员视察42次", text);
    }

    [Fact]
    public void The_headlines_listed_under_a_list_heading_stay_a_line_each()
    {
        // A news page's list of other stories, one headline a line, over the story cut at a fixed width: joined, the
        // headlines would run into one sentence (…交出中期答卷某某区20多个楼盘亮相…).
        const string page = "您当前的位置:首 页 > 新闻中心 > 某某新闻\n精彩推荐\n作风新常态擎动某某田园梦\n菱歌悠扬擦亮南湖菱文化金名片\n"
            + "某某区开展宣讲服务进农村文化礼堂活动\n某某创建公共文化示范区交出中期答卷\n某某区20多个楼盘亮相夏季房博会\n\n"
            + "五年来,民进某某市委会团结带领全市广大会员,认真履行参政党职能,切\n实发挥参政议政作用,撰写调研报告20余篇,提交提案120多件。\n";

        var text = new TextNormalizer().Normalize(page).Text;

        Assert.Contains("交出中期答卷\n某某区20多个楼盘", text);
        Assert.Contains("精彩推荐\n作风新常态", text);
    }

    [Fact]
    public void A_breadcrumb_is_never_joined_to_the_headline_under_it()
    {
        // A site's path ending with a place (…>数据地图>天津市) over a headline that opens with 政协委员:
        // joined, the two would read as one committee (天津市政协).
        const string page = "首页>专题>2022年政协助力基层社会治理和服务界别群众专题研讨会>全国各地政协委员工作室站新闻报道数据地域分布热度图>天津市\n\n政协委员走进社区倾听民声 搭建基层协商平台\n\n今天上午，区政协召开会议。";

        var text = new TextNormalizer().Normalize(page).Text;

        Assert.Contains("天津市\n\n政协委员走进社区", text);
    }

    [Fact]
    public void The_items_of_a_pages_list_of_other_stories_stay_lines_of_their_own()
    {
        // A side list of links over the story, one dashed headline a line, none ending a sentence: joined, they would run
        // into one another and into the story's first paragraph, and six lines running on would make the page look
        // cut at a fixed width.
        const string page = "热门新闻\n- 某某深入某县调研并主持召开协调会\n- 某某在自治区政协对口协商会上提出 做强特色产业 推动高质量发展\n"
            + "- 自治区政协召开某某专题研讨暨播出100期座谈会\n“茶叶品质以前参差不齐，现在好多了。”某某茶业负责人如是说。\n"
            + "近年来，某县依托生态优势发展特色农业。县政协组织委员开展专题调研。";

        var text = new TextNormalizer().Normalize(page).Text;

        Assert.Contains("协调会\n- 某某在自治区政协", text);
        Assert.Contains("100期座谈会\n“茶叶", text);
    }

    [Fact]
    public void A_credit_line_over_a_vertical_caption_is_not_joined_to_the_line_under_it()
    {
        // A phone article's foot: its credits, the committee's studio line, then 往期推荐 set one character a line.
        // Counted as wrapped lines, the four would make the page look cut at a fixed width, and 记者:刘某伟 joined to
        // 市政协… reads as a committee (某伟市政协).
        const string page = "近日，市政协组织委员开展视察。市政协主席某某参加视察。\n来源:某某日报\n记者:刘某伟\n市政协全媒体工作室出品\n往\n期\n推\n荐";

        var text = new TextNormalizer().Normalize(page).Text;

        Assert.Contains("记者：刘某伟\n市政协全媒体工作室出品", text);
        Assert.Contains("来源：某某日报\n记者", text);
    }

    [Fact]
    public void An_interviewers_question_is_no_credit_and_its_wrapped_line_is_joined()
    {
        // 记者： opens an interview's question as it opens a credit; the question asks, and the layout cut it.
        const string page = "某某县政协主席谈提案工作\n记者：请您谈谈今年县政协在提案办理方面有哪些新的做\n法和新的成效？\n"
            + "某某某：今年我们坚持把提案质量放在首位，全年共收到\n提案一百二十件，立案一百零五件，办结率百分之百。\n"
            + "记者：下一步在提高提案办理实效方面还有什么打算？\n某某某：我们将进一步完善提案督办机制，推动提案办理\n从“办了”向“办好”转变。";

        var text = new TextNormalizer().Normalize(page).Text;

        Assert.Contains("有哪些新的做法和新的成效？", text);
    }

    [Theory]
    [MemberData(nameof(SeedDocuments.Prefixes), MemberType = typeof(SeedDocuments))]
    public void Blank_lines_collapse_to_one_and_none_lead_or_trail(string seed)
    {
        var text = NormalizeSeed(seed);

        Assert.DoesNotContain("\n\n\n", text);
        Assert.False(char.IsWhiteSpace(text[0]));
        Assert.False(char.IsWhiteSpace(text[^1]));
    }

    [Fact]
    public void Windows_and_old_mac_line_breaks_become_line_feeds()
    {
        Assert.Equal("第一段。\n\n第二段。\n第三段。", Normalize("第一段。\r\n\r\n第二段。\r第三段。"));
    }

    [Fact]
    public void Wrapped_latin_words_are_joined_with_a_space()
    {
        const string wrapped = "the committee adopted the\nannual report after a long\ndebate on the budget and\nthe plan for next year.";

        Assert.Equal("the committee adopted the annual report after a long debate on the budget and the plan for next year.", Normalize(wrapped));
    }

    [Fact]
    public void Line_joining_can_be_switched_off()
    {
        var normalizer = new TextNormalizer(new TextNormalizerOptions { JoinWrappedLines = false });

        Assert.Contains("也是淮\n安在", normalizer.Normalize(SeedDocuments.Read("000")).Text);
    }

    [Fact]
    public void The_fake_bold_years_of_the_seed_become_plain_years()
    {
        var text = NormalizeSeed("000");

        Assert.Contains("\n\n2023年\n\n一年来", text);
        Assert.Contains("\n\n2024年\n市政协工作思路\n\n", text);
        Assert.DoesNotContain("20232023", text);
        Assert.DoesNotContain("年年", text);
    }

    [Theory]
    [InlineData("20232023年年", "2023年")]
    [InlineData("1010月月1515日日召开", "10月15日召开")]
    [InlineData("２０２３２０２３年年", "2023年")]
    [InlineData("20242024年年度度报告", "2024年度报告")]
    [InlineData("20202020年年，", "2020年，")]
    public void A_doubled_run_is_undone(string doubled, string expected)
    {
        Assert.Equal(expected, Normalize(doubled));
    }

    [Theory]
    [InlineData("人人都是参与者")]
    [InlineData("常常深入基层")]
    [InlineData("研究研究再说")]
    [InlineData("谢谢大家")]
    [InlineData("2020年")]
    [InlineData("编号20202020")]
    [InlineData("2020年年底")]
    [InlineData("2020年年度报告")]
    [InlineData("2020年年均增长")]
    [InlineData("提高协商协商互动")]
    [InlineData("召开常委会会议")]
    [InlineData("11月月底")]
    public void Legitimate_repetition_is_left_alone(string text)
    {
        Assert.Equal(text, Normalize(text));
    }

    [Theory]
    [InlineData("ＡＢＣ１２３", "ABC123")]
    [InlineData("共计１２３项", "共计123项")]
    [InlineData("满意率１００％", "满意率100%")]
    [InlineData("Ａ\u3000Ｂ", "A B")]
    [InlineData("\u3000\u3000一、总体要求", "一、总体要求")]
    [InlineData("政协，委员：“好！”（完）；对吗？", "政协，委员：“好！”（完）；对吗？")]
    [InlineData("政\u200B协", "政协")]
    public void Full_width_letters_digits_and_spaces_become_ascii(string original, string expected)
    {
        Assert.Equal(expected, Normalize(original));
    }

    [Theory]
    [InlineData("2023年11月,在全省", "2023年11月，在全省")]
    [InlineData("今后五年市政协工作思路:", "今后五年市政协工作思路：")]
    [InlineData("格局;研究出台", "格局；研究出台")]
    [InlineData("满意率达99.35%,荣获", "满意率达99.35%，荣获")]
    [InlineData("快来看看吧?好!", "快来看看吧？好！")]
    [InlineData("县(市、区)政协", "县（市、区）政协")]
    [InlineData("（二)紧紧围绕", "（二）紧紧围绕")]
    [InlineData("(1)加强学习", "（1）加强学习")]
    [InlineData("共1,000人", "共1,000人")]
    [InlineData("会议10:30开始", "会议10:30开始")]
    [InlineData("Hello, world; ok? yes!", "Hello, world; ok? yes!")]
    [InlineData("f(x) = 1", "f(x) = 1")]
    [InlineData("为实现\"两个建成\"目标凝心聚力", "为实现“两个建成”目标凝心聚力")]
    [InlineData("开展\"委员进社区\"和\"书香政协\"活动", "开展“委员进社区”和“书香政协”活动")]
    [InlineData("他说\"好\"又说\"再议", "他说\"好\"又说\"再议")]
    [InlineData("set \"a\" and \"b\"", "set \"a\" and \"b\"")]
    [InlineData("委员说：\"第一段。\n\n第二段\"，又开展\"读书", "委员说：\"第一段。\n\n第二段\"，又开展\"读书")]
    public void Half_width_punctuation_in_chinese_text_becomes_full_width(string original, string expected)
    {
        Assert.Equal(expected, Normalize(original));
    }

    [Theory]
    [InlineData("政 协 工 作 报 告", "政协工作报告")]
    [InlineData("政协 ，委员", "政协，委员")]
    [InlineData("“两个确立” “两个维护”", "“两个确立”“两个维护”")]
    [InlineData("（一） 全面推进", "（一）全面推进")]
    [InlineData("2024年 工作安排", "2024年工作安排")]
    [InlineData("通讯员 王玉峰 王荣荣", "通讯员 王玉峰 王荣荣")]
    [InlineData("凝聚共识促发展 汇聚合力谱新篇", "凝聚共识促发展 汇聚合力谱新篇")]
    [InlineData("编者按 2023年", "编者按 2023年")]
    [InlineData("PDF 文件", "PDF 文件")]
    [InlineData("hello    world", "hello world")]
    public void Spaces_stay_only_where_they_separate_something(string original, string expected)
    {
        Assert.Equal(expected, Normalize(original));
    }

    [Fact]
    public void A_space_between_chinese_words_of_a_long_body_line_is_dropped_outside_quotes()
    {
        const string line = "市政协坚持以习近平新时代 中国特色社会主义思想为指导，组织召开“主动融入长三角 聚力发展新淮安”主席专题协商会议。";

        Assert.Equal("市政协坚持以习近平新时代中国特色社会主义思想为指导，组织召开“主动融入长三角 聚力发展新淮安”主席专题协商会议。", Normalize(line));
    }

    [Theory]
    [InlineData("001", "“主动融入长三角 聚力发展新淮安”")]
    [InlineData("001", "“喜迎二十大 同心跟党走”")]
    [InlineData("002", "《丝路滨海梦 大港时代圆》")]
    [InlineData("003", "本版策划：王成虎 孙伯秋 唐筱薇")]
    [InlineData("004", "“康养名城 活力姜堰”")]
    public void Phrase_separating_spaces_of_the_seeds_are_kept(string seed, string phrase)
    {
        Assert.Contains(phrase, NormalizeSeed(seed));
    }

    [Fact]
    public void Normalizing_an_empty_text_gives_an_empty_text()
    {
        var normalized = new TextNormalizer().Normalize("");

        Assert.Equal("", normalized.Text);
        Assert.Equal(0, normalized.ToOriginal(0));
    }
}
