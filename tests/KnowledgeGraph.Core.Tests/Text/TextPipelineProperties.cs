using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Tests.Text;

/// <summary>Noisy text for property tests: a mix of the characters and fragments the seeds show, plus anything at all.</summary>
public sealed record NoisyText(string Value)
{
    public override string ToString() => $"\"{Value}\"";
}

public static class NoisyTextArbitrary
{
    private static readonly string[] Fragments =
    [
        "\n", "\n\n", "\r\n", "\r", " ", "\t", "\u3000", "\u00A0", "\u200B", "\uFEFF",
        "，", "。", "、", "；", "：", "？", "！", "“", "”", "‘", "’", "《", "》", "（", "）", "——", "……", "·",
        ",", ";", ":", "?", "!", "(", ")", ".", "#", "## ", "### ",
        "一、", "（一）", "(二)", "1 ", "2.", "3、", "二〇二四年工作安排", "2024年工作回顾",
        "20232023年年", "1010月月", "人人", "年年", "ＡＢＣ", "１２３", "％",
        "😀", "𠀀", "\uD800", "\uDC00", "通讯员 ",
    ];

    public static Arbitrary<NoisyText> Noisy()
    {
        var ideograph = Gen.Choose(0x4E00, 0x9FFF).Select(code => ((char)code).ToString());
        var common = Gen.Elements("政", "协", "委", "员", "会", "淮", "安", "市", "工", "作", "报", "告");
        var asciiWord = Gen.Elements("a", "Z", "0", "1", "9", "2023", "PDF");
        var anyChar = Gen.Choose(0, 0xFFFF).Select(code => ((char)code).ToString());
        var piece = Gen.Frequency(
            (6, ideograph),
            (6, common),
            (6, Gen.Elements(Fragments)),
            (2, asciiWord),
            (2, anyChar));
        var text = piece.ArrayOf().Select(pieces => new NoisyText(string.Concat(pieces)));
        return Arb.From(text);
    }
}

public class TextPipelineProperties
{
    [Property(Arbitrary = [typeof(NoisyTextArbitrary)], MaxTest = 500, EndSize = 300)]
    public void Normalizing_never_throws_and_the_map_is_non_decreasing_and_in_range(NoisyText input)
    {
        var normalized = new TextNormalizer().Normalize(input.Value);

        var previous = 0;
        for (var i = 0; i <= normalized.Text.Length; i++)
        {
            var mapped = normalized.ToOriginal(i);
            Assert.InRange(mapped, previous, input.Value.Length);
            previous = mapped;
        }

        for (var i = 0; i < normalized.Text.Length; i++)
        {
            var (start, end) = normalized.ToOriginal(i, i + 1);
            Assert.True(start < end && end <= input.Value.Length);
        }
    }

    [Property(Arbitrary = [typeof(NoisyTextArbitrary)], MaxTest = 500, EndSize = 300)]
    public void Parsing_never_throws_and_sentences_are_inside_the_text_and_do_not_overlap(NoisyText input)
    {
        var parser = new DocumentStructureParser();
        var normalized = new TextNormalizer().Normalize(input.Value);

        AssertSentencesWellFormed(parser.Parse("doc", normalized), normalized.Text);
        AssertSentencesWellFormed(parser.Parse("doc", input.Value), input.Value);
    }

    [Property(MaxTest = 300)]
    public void Any_string_at_all_survives_the_pipeline(string? input)
    {
        var text = input ?? "";
        var normalized = new TextNormalizer().Normalize(text);

        AssertSentencesWellFormed(new DocumentStructureParser().Parse("doc", normalized), normalized.Text);
        Assert.InRange(normalized.ToOriginal(normalized.Text.Length), 0, text.Length);
    }

    private static void AssertSentencesWellFormed(DocumentStructure structure, string text)
    {
        var previousEnd = 0;
        foreach (var sentence in structure.Sentences)
        {
            Assert.InRange(sentence.Start, previousEnd, text.Length);
            Assert.InRange(sentence.End, sentence.Start + 1, text.Length);
            Assert.Equal(text[sentence.Start..sentence.End], sentence.Text);
            previousEnd = sentence.End;
        }

        foreach (var section in structure.Sections)
        {
            Assert.InRange(section.Start, 0, section.End);
            Assert.InRange(section.End, section.Start, text.Length);
        }
    }
}
