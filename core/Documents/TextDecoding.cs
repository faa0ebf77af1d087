using System.Text;

namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// Works out from its bytes which encoding a text file is in, and decodes it. The file name plays
/// no part: Chinese documents arrive as UTF-8, UTF-16 and GB18030/GBK alike, with any extension.
/// </summary>
/// <remarks>
/// The order of the checks: a byte order mark; else, if there are NUL bytes, UTF-16 without a
/// byte order mark (recognised from where the zero bytes fall); else UTF-8; else GB18030, which
/// also reads GBK and GB2312. UTF-16 without a byte order mark and without a single ASCII
/// character (so without zero bytes) is not recognised.
/// </remarks>
public static class TextDecoding
{
    public const string Utf8 = "utf-8";
    public const string Utf16LittleEndian = "utf-16le";
    public const string Utf16BigEndian = "utf-16be";
    public const string Utf32LittleEndian = "utf-32le";
    public const string Utf32BigEndian = "utf-32be";
    public const string Gb18030 = "gb18030";

    // Text with more control (or undecodable) characters than this share is taken for binary data.
    private const double MaxControlShare = 0.05;

    // UTF-16 decoded with the wrong byte order, or bytes that are not UTF-16 at all, turn into
    // characters from scripts a CPPCC document does not use; the right decoding stays above this.
    private const double MinTextLikeShare = 0.9;

    // UTF-8 with a damaged byte or a cut-off last character is still UTF-8 if it has at least this
    // many well-formed three- or four-byte characters (all of Chinese) per malformed sequence.
    // GBK read as UTF-8 has far fewer of those than malformed sequences.
    private const int MinWellFormedPerMalformed = 20;

    private static readonly Encoding Gb18030Encoding = CreateGb18030();

    private static ReadOnlySpan<byte> Utf8Mark => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LittleEndianMark => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianMark => [0xFE, 0xFF];

    private static ReadOnlySpan<byte> Utf32LittleEndianMark => [0xFF, 0xFE, 0x00, 0x00];

    private static ReadOnlySpan<byte> Utf32BigEndianMark => [0x00, 0x00, 0xFE, 0xFF];

    /// <summary>Decodes <paramref name="bytes"/>, detecting the encoding.</summary>
    /// <exception cref="DocumentLoadException">The bytes are not text ("binary file ...").</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var decoded = DecodeWithByteOrderMark(bytes) ?? DecodeWithoutByteOrderMark(bytes);
        if (HasTooManyControlCharacters(decoded.Text))
        {
            throw new DocumentLoadException("binary file (control characters in the text)");
        }

        return decoded;
    }

    private static DecodedText? DecodeWithByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Mark))
        {
            return new(Encoding.UTF8.GetString(bytes[3..]), Utf8);
        }

        // UTF-32 LE before UTF-16 LE: its mark begins with the UTF-16 LE mark.
        if (bytes.StartsWith(Utf32LittleEndianMark))
        {
            return new(new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetString(bytes[4..]), Utf32LittleEndian);
        }

        if (bytes.StartsWith(Utf32BigEndianMark))
        {
            return new(new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetString(bytes[4..]), Utf32BigEndian);
        }

        if (bytes.StartsWith(Utf16LittleEndianMark))
        {
            return new(Encoding.Unicode.GetString(bytes[2..]), Utf16LittleEndian);
        }

        if (bytes.StartsWith(Utf16BigEndianMark))
        {
            return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), Utf16BigEndian);
        }

        return null;
    }

    private static DecodedText DecodeWithoutByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Contains((byte)0))
        {
            return DecodeUtf16WithoutByteOrderMark(bytes)
                ?? throw new DocumentLoadException("binary file (NUL bytes in text that is not UTF-16)");
        }

        return DecodeUtf8(bytes) ?? new DecodedText(Gb18030Encoding.GetString(bytes), Gb18030);
    }

    private static DecodedText? DecodeUtf16WithoutByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % 2 != 0)
        {
            return null;
        }

        // An ASCII character in UTF-16 has a zero high byte: at odd offsets in little endian, at
        // even offsets in big endian. Some ideographs (一 U+4E00) have a zero low byte, so the
        // more likely byte order is tried first and the other one after it.
        var zerosAtEven = 0;
        var zerosAtOdd = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                if (i % 2 == 0)
                {
                    zerosAtEven++;
                }
                else
                {
                    zerosAtOdd++;
                }
            }
        }

        var littleEndianFirst = zerosAtOdd >= zerosAtEven;
        return TryUtf16(bytes, bigEndian: !littleEndianFirst) ?? TryUtf16(bytes, bigEndian: littleEndianFirst);
    }

    private static DecodedText? TryUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var strict = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        string text;
        try
        {
            text = strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        if (text.Contains('\0') || TextLikeShare(text) < MinTextLikeShare)
        {
            return null;
        }

        return new(text, bigEndian ? Utf16BigEndian : Utf16LittleEndian);
    }

    private static DecodedText? DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new(text, Utf8);
        }

        var malformed = 0;
        var wellFormed = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD')
            {
                malformed++;
            }
            else if (c >= 0x800)
            {
                wellFormed++;
            }
        }

        return wellFormed >= malformed * MinWellFormedPerMalformed ? new(text, Utf8) : null;
    }

    private static bool HasTooManyControlCharacters(string text)
    {
        var suspicious = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return true;
            }

            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v')))
            {
                suspicious++;
            }
        }

        return suspicious > text.Length * MaxControlShare;
    }

    private static double TextLikeShare(string text)
    {
        if (text.Length == 0)
        {
            return 1;
        }

        var textLike = 0;
        foreach (var c in text)
        {
            if (IsTextLike(c))
            {
                textLike++;
            }
        }

        return (double)textLike / text.Length;
    }

    // Characters that make up Chinese and Western documents: ASCII, Latin, Greek and Cyrillic,
    // punctuation and symbols, CJK (with kana and bopomofo), full-width forms, and surrogates
    // (already checked to be paired) for the supplementary ideographs.
    private static bool IsTextLike(char c) => c switch
    {
        '\t' or '\n' or '\r' => true,
        >= ' ' and < '\u007F' => true,
        >= '\u00A0' and < '\u0530' => true,
        >= '\u2000' and < '\u2C00' => true,
        >= '\u3000' and < '\uA000' => true,
        >= '\uD800' and < '\uE000' => true,
        >= '\uF900' and < '\uFB00' => true,
        >= '\uFE10' and < '\uFE70' => true,
        >= '\uFF00' and < '\uFFF0' => true,
        _ => false,
    };

    private static Encoding CreateGb18030()
    {
        // GB18030 (code page 54936) is not built in; the code page provider ships with .NET.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
    }
}
