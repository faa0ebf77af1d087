using System.Text;
using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Core.Documents;

namespace KnowledgeGraph.Core.Tests.Documents;

public class TextDecodingTests
{
    private const string Passage = "市政协将以习近平新时代中国特色社会主义思想为指导，\n深入践行全过程人民民主。";

    static TextDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void AsciiIsUtf8()
    {
        var decoded = TextDecoding.Decode("CPPCC annual report 2024\n"u8);

        Assert.Equal(new DecodedText("CPPCC annual report 2024\n", TextDecoding.Utf8), decoded);
    }

    [Fact]
    public void TwoIdeographsInGbkAreNotMistakenForUtf8()
    {
        var decoded = TextDecoding.Decode(Encoding.GetEncoding(936).GetBytes("政协"));

        Assert.Equal(new DecodedText("政协", TextDecoding.Gb18030), decoded);
    }

    [Fact]
    public void TwoIdeographsInUtf8AreNotMistakenForGbk()
    {
        var decoded = TextDecoding.Decode(Encoding.UTF8.GetBytes("政协"));

        Assert.Equal(new DecodedText("政协", TextDecoding.Utf8), decoded);
    }

    [Fact]
    public void Gb2312TextIsReadAsGb18030()
    {
        var decoded = TextDecoding.Decode(Encoding.GetEncoding("gb2312").GetBytes(Passage));

        Assert.Equal(new DecodedText(Passage, TextDecoding.Gb18030), decoded);
    }

    [Fact]
    public void GbkMadeOfSequencesThatAreAlsoTwoByteUtf8IsNotTakenForDamagedUtf8()
    {
        // 一 in GBK (D2 BB) is well-formed UTF-8 (U+04BB); 政 (D5 FE) is not.
        var text = string.Concat(Enumerable.Repeat("一", 30)) + "政";

        var decoded = TextDecoding.Decode(Encoding.GetEncoding(936).GetBytes(text));

        Assert.Equal(new DecodedText(text, TextDecoding.Gb18030), decoded);
    }

    [Fact]
    public void Utf8CutOffInTheMiddleOfTheLastCharacterIsStillUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Passage);

        var decoded = TextDecoding.Decode(bytes.AsSpan(0, bytes.Length - 1));

        Assert.Equal(TextDecoding.Utf8, decoded.Encoding);
        Assert.StartsWith("市政协将以习近平新时代", decoded.Text);
        Assert.EndsWith("全过程人民民主\uFFFD", decoded.Text);
    }

    [Theory]
    [InlineData(false, TextDecoding.Utf16LittleEndian)]
    [InlineData(true, TextDecoding.Utf16BigEndian)]
    public void Utf16WithoutByteOrderMarkIsRecognisedFromItsZeroBytes(bool bigEndian, string expectedEncoding)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false);

        var decoded = TextDecoding.Decode(encoding.GetBytes(Passage));

        Assert.Equal(new DecodedText(Passage, expectedEncoding), decoded);
    }

    [Fact]
    public void Utf16WithMoreIdeographsEndingInAZeroByteThanAsciiIsStillRecognised()
    {
        // 一 (U+4E00), 开 (U+5F00) and 最 (U+6700) put their zero byte where ASCII does not.
        const string text = "一开始最一开始最一开始最\n";

        var decoded = TextDecoding.Decode(Encoding.Unicode.GetBytes(text));

        Assert.Equal(new DecodedText(text, TextDecoding.Utf16LittleEndian), decoded);
    }

    [Fact]
    public void Utf32WithByteOrderMarkIsRecognised()
    {
        var decoded = TextDecoding.Decode([.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Passage)]);

        Assert.Equal(new DecodedText(Passage, TextDecoding.Utf32LittleEndian), decoded);
    }

    [Fact]
    public void NulBytesInTextThatIsNotUtf16MakeItBinary()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Passage), 0, 0, 0, 7, 0, 0];

        var error = Assert.Throws<DocumentLoadException>(() => TextDecoding.Decode(bytes));

        Assert.StartsWith("binary file", error.Message);
    }

    [Fact]
    public void ManyControlCharactersMakeTextBinary()
    {
        var bytes = Encoding.ASCII.GetBytes("\u0001\u0002\u0003abc\u001b\u0004\u0005def\u0006");

        var error = Assert.Throws<DocumentLoadException>(() => TextDecoding.Decode(bytes));

        Assert.StartsWith("binary file", error.Message);
    }

    [Fact]
    public void TabsAndLineBreaksAreNotControlCharactersThatMakeTextBinary()
    {
        const string text = "序号\t提案\r\n1\t建议\f\n";

        Assert.Equal(text, TextDecoding.Decode(Encoding.UTF8.GetBytes(text)).Text);
    }

    // GB18030 is left out: a short run of some ideographs (一 is D2 BB) is also valid UTF-8, and
    // no detector can tell which was meant. Longer real passages are tested above.
    [FsCheck.Xunit.Property]
    public Property ChineseTextSurvivesUtf8AndEveryEncodingWithAByteOrderMark()
    {
        var characters = Gen.Elements("政协委员会提案人民民主协商，。“”、：；（）《》0123456789 abcXYZ-\n一开最".ToCharArray());
        var texts = characters.NonEmptyListOf().Select(chars => new string([.. chars])).ToArbitrary();
        Encoding[] encodings =
        [
            new UTF8Encoding(true), new UTF8Encoding(false), new UnicodeEncoding(false, true),
            new UnicodeEncoding(true, true), new UTF32Encoding(false, true),
        ];

        return Prop.ForAll(texts, text => encodings.All(encoding =>
            TextDecoding.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(text)]).Text == text));
    }
}
