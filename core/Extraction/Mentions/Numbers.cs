using System.Globalization;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>Reads the numbers of the genre: 603, 2.49万, 1.9万, 十三, 二〇二三.</summary>
internal static class Numbers
{
    private const string ChineseDigits = "〇零一二两三四五六七八九";

    public static bool IsChineseDigit(char c) => ChineseDigits.Contains(c) || c is '十' or '百' or '千' or '万';

    /// <summary>A number of Arabic digits with an optional decimal part and 万 or 亿: 603, 2.49万.</summary>
    public static double? Arabic(string digits, string? multiplier)
    {
        if (!double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return multiplier switch
        {
            "万" => Math.Round(value * 10_000, 2),
            "亿" => Math.Round(value * 100_000_000, 2),
            _ => value,
        };
    }

    /// <summary>A number in Chinese numerals (十三, 二十一, 一百二十, 两); null when it is not one.</summary>
    public static long? Chinese(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        long total = 0, section = 0, digit = -1;
        foreach (var c in text)
        {
            var d = DigitOf(c);
            if (d >= 0)
            {
                digit = d;
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 10_000, _ => 0 };
            if (unit == 0)
            {
                return null;
            }

            if (unit == 10_000)
            {
                total += (section + Math.Max(digit, 0)) * unit;
                section = 0;
            }
            else
            {
                section += (digit < 0 ? 1 : digit) * unit;
            }

            digit = -1;
        }

        return total + section + Math.Max(digit, 0);
    }

    /// <summary>A year written digit by digit, in either script: 2023, 二〇二三.</summary>
    public static int? Year(string text)
    {
        if (text.Length != 4)
        {
            return null;
        }

        var year = 0;
        foreach (var c in text)
        {
            var d = char.IsAsciiDigit(c) ? c - '0' : DigitOf(c);
            if (d < 0 || c == '两')
            {
                return null;
            }

            year = year * 10 + d;
        }

        return year is >= 1949 and <= 2100 ? year : null;
    }

    private static int DigitOf(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>A month or day in either script: 9, 09, 十二, 二十二.</summary>
    public static int? Small(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)Chinese(text);
}
