using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A feature's headline that names its speaker and a colon on one line and the words it quotes on the
// next, and the lines that look like it but are a salutation, a label or a sentence. The texts are
// ours; the shapes are the genre's.
public class QuotedHeadlineFormsTests
{
    private static DocumentHead Head(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    [Theory]
    [InlineData("今年市政协全会首位报到的委员张某某：")]
    [InlineData("今年市政协全会首位报到的委员张某某:")]
    public void A_headline_broken_after_its_colon_before_a_quoted_line_is_one_title(string speaker)
    {
        var head = Head(speaker + """

            “把群众的小事当作自己的大事”
            □ 李某/文 记者 王某/图
            1月20日早8时,市政协全会报到处迎来第一位委员。
            """);

        // The page's half-width colon is read as the full-width one.
        Assert.Equal(speaker.TrimEnd(':', '：') + "：“把群众的小事当作自己的大事”", head.Title);
    }

    [Theory]
    [InlineData("各位委员、各位同志：")]
    [InlineData("编者按：")]
    [InlineData("他说，这件事要办好：")]
    public void A_salutation_a_label_or_a_sentence_before_a_quoted_line_is_not_joined_to_it(string first)
    {
        var head = Head("县政协召开全体委员会议\n" + first + "\n“把群众的小事当作自己的大事”\n会议要求,委员们要深入基层,倾听群众呼声。\n");

        Assert.Equal("县政协召开全体委员会议", head.Title);
    }

    [Fact]
    public void A_colon_line_over_a_long_quoted_sentence_is_not_a_headline()
    {
        var head = Head("""
            市政协委员张某某在小组讨论时说：
            “今年我们走访了二十多家企业，企业反映最多的是融资难和用工难。”
            讨论中,委员们围绕营商环境建言献策。
            """);

        // The page has no headline of its own: the quoted sentence opens its body.
        Assert.Null(head.Title);
    }

    [Theory]
    [InlineData("市政协委员张某某在小组讨论时说：")]
    [InlineData("县政协常委李某某在视察座谈会上表示：")]
    [InlineData("市政协委员王某某在界别协商会上建议:")]
    public void A_speaker_line_ending_in_a_verb_of_speech_is_not_joined_to_a_short_quote(string speaker)
    {
        var head = Head(speaker + "\n“企业反映最多的是融资难”\n讨论中,委员们围绕营商环境建言献策。\n");

        Assert.Equal("“企业反映最多的是融资难”", head.Title);
    }
}
