using KnowledgeGraph.Core.Extraction.Evaluation;
using KnowledgeGraph.Core.Extraction.Reading;

namespace KnowledgeGraph.Core.Tests.Extraction.Reading;

// Pages in traditional characters (Hong Kong and Macau papers, big5 gateways of mainland sites,
// converting mirrors) read as simplified text. The sentences are ours; the forms are the genre's.
public class TraditionalCharactersTests
{
    private const string GatewayStory = """
        3月5日，某某省政協十三屆常委會第九次會議在貴陽召開，省政協主席張某某出席並講話。
        會議審議通過了省政協十三屆四次會議有關文件，通報了2025年提案辦理情況。
        會議強調，要團結引導廣大政協委員為貴州發展獻計出力。（記者 劉某某）
        """;

    [Fact]
    public void The_dictionary_gives_a_table_of_thousands_of_characters()
    {
        Assert.True(TraditionalCharacters.TableSize > 2000);
    }

    [Fact]
    public void A_traditional_page_is_read_character_for_character_and_keeps_its_length()
    {
        var simplified = TraditionalCharacters.Simplify(GatewayStory);

        Assert.Equal(GatewayStory.Length, simplified.Length);
        Assert.Contains("省政协十三届常委会第九次会议在贵阳召开", simplified, StringComparison.Ordinal);
        Assert.Contains("记者 刘某某", simplified, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_that_are_simplified_characters_too_are_left()
    {
        // 乾 (乾隆, 乾坤) and 著 (著名) stand for themselves in simplified text as well.
        Assert.Equal("乾隆年间著名的书院", TraditionalCharacters.Fold("乾隆年間著名的書院"));
    }

    [Fact]
    public void A_simplified_page_with_a_few_traditional_names_is_left_as_it_is()
    {
        const string text = "市政协召开主席会议，研究年度协商计划。会议由市政协副主席主持，委员鍾某某、張某某发言。会议要求做好各项工作。";

        Assert.False(TraditionalCharacters.ReadsAsTraditional(text));
        Assert.Same(text, TraditionalCharacters.Simplify(text));
    }

    [Fact]
    public void The_committee_of_a_traditional_page_is_found()
    {
        var graph = TestExtraction.Read(GatewayStory).Graph;

        Assert.Equal("政协贵州省委员会", graph.Document.Properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_name_in_either_script_is_one_name_to_the_evaluation()
    {
        Assert.Equal(Measures.Normalize("王滬寧"), Measures.Normalize("王沪宁"));
        Assert.Equal(Measures.Normalize("閩政協開幕"), Measures.Normalize("闽政协开幕"));
    }

    [Fact]
    public void A_caption_of_two_lines_in_traditional_characters_is_folded()
    {
        // Too short for six telltales, but no simplified form of one beside them.
        const string caption = "1月2日，全國政協(xié)在北京舉行迎春座談會。國家領導人出席並講話。新華社記者某某攝";

        Assert.True(TraditionalCharacters.ReadsAsTraditional(caption));
        Assert.Equal("中国人民政治协商会议全国委员会", TestExtraction.Read(caption).Graph.Document.Properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_short_simplified_text_with_three_traditional_names_is_left()
    {
        const string text = "会上，委员張國某、陳協某、劉國某先后发言。";

        Assert.False(TraditionalCharacters.ReadsAsTraditional(text));
    }

    [Fact]
    public void A_mirror_variant_of_shaanxi_is_read_as_shaanxi()
    {
        // Converting mirrors print 陜 (a rare character of its own) for 陝.
        Assert.Equal("政协陕西省委员会办公厅", TraditionalCharacters.Fold("政協陜西省委員會辦公廳"));
    }
}
