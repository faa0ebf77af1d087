using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// Decides whether a file holds a document worth ingesting, whatever its size: the bytes must be
/// what the name says (a .pdf begins with %PDF and ends with %%EOF, a .docx is a whole zip
/// archive), and the text found in them must read as Chinese or Latin prose, without NUL or
/// control characters, long enough to be a document. Used through
/// <see cref="DocumentReader.TryLoadChecked"/> by the ingest job, so the ingest command and the
/// upload endpoint refuse the same files for the same reasons. Each refusal is a reason in plain
/// words, for a person to act on.
/// </summary>
/// <remarks>
/// The thresholds were set on what real documents do (the seeds and the 2026 provincial
/// government work reports pass with a wide margin; see the tests) and on what the failures
/// look like: random bytes decode to text full of control characters, private-use characters and
/// letters of other scripts; a two-byte file to one character.
/// </remarks>
public static class ContentCheck
{
    /// <summary>Fewer Chinese characters and Latin letters than this is not a document (a headline is about this long).</summary>
    public const int MinLetters = 20;

    /// <summary>Of the letters (and characters that stand for letters: private-use, undecodable), at least this share must be Chinese or Latin.</summary>
    public const double MinChineseOrLatinShare = 0.9;

    /// <summary>Control characters other than tab, line breaks and form feed allowed per 1,000 characters (a stray one in a long file).</summary>
    public const int MaxControlPerThousand = 1;

    /// <summary>Of the Chinese characters of a file decoded as GB18030, at least this share must be in GB2312 (common simplified characters).</summary>
    /// <remarks>
    /// Text really written in GB18030 or GBK is nearly all GB2312 characters; random bytes, and
    /// Big5 read as GB18030, give mostly the rare characters of GBK's extension areas.
    /// </remarks>
    public const double MinCommonShareInGb18030 = 0.8;

    // Where a PDF's header may stand (readers accept it within the first 1 KB) and its end marker.
    private const int PdfHeaderWindow = 1024;
    private const int PdfTrailerWindow = 2048;

    // A zip archive ends with its central directory's end record, followed by a comment of at
    // most 65,535 bytes.
    private const int ZipEndWindow = 22 + 65535;

    private static readonly Lazy<bool[]> Gb2312Ideographs = new(BuildGb2312Ideographs);

    // The signature of an OLE compound file: Word 97–2003 documents and other old Office files.
    private static ReadOnlySpan<byte> OleCompoundFile => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Checks that the bytes are what the file's extension says; null when they are, else the reason.</summary>
    public static string? CheckFormat(string path, ReadOnlySpan<byte> content)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (content.Length == 0)
        {
            return "the file is empty (0 bytes)";
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".pdf" => CheckPdf(content),
            ".docx" => CheckDocx(content),
            _ => null,
        };
    }

    /// <summary>Checks the text a loader found in a file; null when it reads as a document, else the reason.</summary>
    public static string? CheckText(LoadedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var census = Census.Of(document.Text);
        if (census.Nuls > 0)
        {
            return $"the text contains NUL characters ({census.Nuls}): this is binary data, not text";
        }

        if (census.Controls > census.Characters * MaxControlPerThousand / 1000)
        {
            return $"the text contains {census.Controls} control characters (such as U+{census.FirstControl:X4}) among {census.Characters} characters: this is binary data, not text";
        }

        if (census.Letters == 0 || census.ChineseOrLatin < census.Letters * MinChineseOrLatinShare)
        {
            return census.Letters == 0
                ? "no Chinese or Latin text found: the file holds no letters at all"
                : $"too little Chinese or Latin text: {Percent(census.ChineseOrLatin, census.Letters)} of its letters are Chinese characters or Latin letters (at least {Percent(MinChineseOrLatinShare)} are needed); the rest are other scripts, private-use or undecodable characters";
        }

        if (document.Encoding == TextDecoding.Gb18030 && census.Chinese > 0 && census.CommonChinese < census.Chinese * MinCommonShareInGb18030)
        {
            return $"this does not read as Chinese text: decoded as GB18030, only {Percent(census.CommonChinese, census.Chinese)} of its Chinese characters are common ones (real text has over {Percent(MinCommonShareInGb18030)}); it may be binary data, or Big5";
        }

        if (census.ChineseOrLatin < MinLetters)
        {
            return $"too short to be a document: it has {census.ChineseOrLatin} Chinese characters or Latin letters, and a document has at least {MinLetters}";
        }

        return null;
    }

    private static string? CheckPdf(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, PdfHeaderWindow)];
        if (head.IndexOf("%PDF-"u8) < 0)
        {
            return $"the file is named .pdf but is not a PDF: a PDF begins with %PDF, this file begins with {Opening(content)}";
        }

        var tail = content[Math.Max(0, content.Length - PdfTrailerWindow)..];
        return tail.IndexOf("%%EOF"u8) < 0
            ? "the PDF is cut short: it does not end with the %%EOF marker (an interrupted download or copy?)"
            : null;
    }

    private static string? CheckDocx(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(OleCompoundFile))
        {
            return "the file is named .docx but is an old Word 97–2003 (.doc) file: save it as .docx or PDF and send that";
        }

        if (!content.StartsWith("PK\u0003\u0004"u8))
        {
            return $"the file is named .docx but is not a Word document: a .docx file is a zip archive, this file begins with {Opening(content)}";
        }

        var tail = content[Math.Max(0, content.Length - ZipEndWindow)..];
        return tail.LastIndexOf("PK\u0005\u0006"u8) < 0
            ? "the .docx file is cut short: its zip archive has no end (an interrupted download or copy?)"
            : null;
    }

    // The first bytes of a file, as text when they are printable ASCII, else in hex.
    private static string Opening(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 8)];
        foreach (var b in head)
        {
            if (b is < 0x20 or > 0x7E)
            {
                return "the bytes " + Convert.ToHexString(head);
            }
        }

        return $"'{Encoding.ASCII.GetString(head)}'";
    }

    private static string Percent(int part, int whole) => Percent((double)part / whole);

    private static string Percent(double share) => Math.Round(share * 100).ToString(CultureInfo.InvariantCulture) + "%";

    private static bool IsChinese(int codePoint) => codePoint switch
    {
        0x3007 => true,                     // 〇
        >= 0x3400 and <= 0x4DBF => true,    // extension A
        >= 0x4E00 and <= 0x9FFF => true,    // unified ideographs
        >= 0xF900 and <= 0xFAFF => true,    // compatibility ideographs
        >= 0x20000 and <= 0x3FFFF => true,  // extensions B onwards
        _ => false,
    };

    private static bool IsLatin(int codePoint) => codePoint switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' => true,
        >= 0xC0 and <= 0x24F and not (0xD7 or 0xF7) => true,   // Latin-1 letters, Latin Extended-A and -B
        >= 0x1E00 and <= 0x1EFF => true,                        // Latin Extended Additional
        >= 0xFF21 and <= 0xFF3A or >= 0xFF41 and <= 0xFF5A => true, // full-width Latin letters
        _ => false,
    };

    private static bool IsPrivateUse(int codePoint) =>
        codePoint is >= 0xE000 and <= 0xF8FF or >= 0xF0000;

    // The common simplified characters: those GB2312 (code page 20936) encodes.
    private static bool[] BuildGb2312Ideographs()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb2312 = Encoding.GetEncoding(20936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var table = new bool[0xA000 - 0x4E00];
        Span<char> one = stackalloc char[1];
        Span<byte> bytes = stackalloc byte[4];
        for (var c = 0x4E00; c < 0xA000; c++)
        {
            one[0] = (char)c;
            try
            {
                table[c - 0x4E00] = gb2312.GetBytes(one, bytes) == 2;
            }
            catch (EncoderFallbackException)
            {
                // Not in GB2312.
            }
        }

        return table;
    }

    /// <summary>What a text is made of, counted in one pass.</summary>
    private readonly record struct Census(int Characters, int Nuls, int Controls, int FirstControl, int Letters, int ChineseOrLatin, int Chinese, int CommonChinese)
    {
        public static Census Of(string text)
        {
            // A DOS end-of-file mark (Ctrl-Z) closing an old text file is not content.
            var end = text.Length;
            while (end > 0 && (text[end - 1] == '\u001A' || char.IsWhiteSpace(text[end - 1])))
            {
                end--;
            }

            int characters = 0, nuls = 0, controls = 0, firstControl = 0, letters = 0, chineseOrLatin = 0, chinese = 0, common = 0;
            var common2312 = Gb2312Ideographs.Value;
            for (var i = 0; i < end; i++)
            {
                int codePoint = text[i];
                if (char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
                {
                    codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                    i++;
                }

                characters++;
                if (codePoint == 0)
                {
                    nuls++;
                }
                else if (IsControl(codePoint))
                {
                    if (controls++ == 0)
                    {
                        firstControl = codePoint;
                    }
                }
                else if (IsChinese(codePoint))
                {
                    letters++;
                    chineseOrLatin++;
                    chinese++;
                    if (codePoint is >= 0x4E00 and < 0xA000 && common2312[codePoint - 0x4E00])
                    {
                        common++;
                    }
                }
                else if (IsLatin(codePoint))
                {
                    letters++;
                    chineseOrLatin++;
                }
                else if (codePoint == 0xFFFD || IsPrivateUse(codePoint) || char.IsSurrogate((char)Math.Min(codePoint, 0xFFFF)) || IsOtherLetter(codePoint))
                {
                    // Undecodable, private-use, unpaired surrogates and letters of other scripts
                    // all stand where a letter should be.
                    letters++;
                }
            }

            return new Census(characters, nuls, controls, firstControl, letters, chineseOrLatin, chinese, common);
        }

        private static bool IsControl(int codePoint) =>
            codePoint is < 0x20 and not ('\t' or '\n' or '\r' or '\f' or '\v') or (>= 0x7F and <= 0x9F);

        private static bool IsOtherLetter(int codePoint) =>
            codePoint <= 0x10FFFF && CharUnicodeInfo.GetUnicodeCategory(codePoint) is
                UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherNotAssigned;
    }
}
