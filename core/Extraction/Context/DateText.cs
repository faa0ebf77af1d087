using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// Reads a full calendar date written in any of the genre's forms: 2026-02-11, 2026/2/11,
/// 2026.02.11, 2026年2月5日, 2023年01月11日 15:08:34, 二〇二六年一月二十八日 (or 二○二六年…, a ring for the zero),
/// 2026年02月10日 07时41分, 1985 年 1 月 30 日, a mirror's day-first date with dots (20.01.2015), and a
/// typed year with a letter or a digit for the zero (二OO八年一月七日, 二0一0年三月五日).
/// </summary>
internal static partial class DateText
{
    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})\s*(?:[-/.]\s*(?<m>[0-9]{1,2})\s*[-/.]\s*(?<d>[0-9]{1,2})(?![0-9])|年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日)")]
    private static partial Regex ArabicDate();

    [GeneratedRegex(@"(?<y>[〇○零OＯ0一二三四五六七八九]{4})年(?<m>十[一二]?|[一二三四五六七八九])月(?<d>[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])日")]
    private static partial Regex ChineseDate();

    // 20.01.2015: day, month and year with dots, as some mirrors print a page's date; dots only, no digit
    // or dot either side, and alone at the start of the text or after a date's label (时间：, 发布于), so a
    // version (版本 1.2.2019) or a score (评分9.5.2020) is not read as a date.
    [GeneratedRegex(@"(?<=^\s*|(?:时间|日期|发布|发表|更新)于?\s*[:：]?\s*)(?<![0-9.])(?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})\.(?<y>(?:19|20)[0-9]{2})(?![0-9.])")]
    private static partial Regex DayFirstDate();

    /// <summary>The first full date in <paramref name="text"/>, as (ISO text, where it starts, where it ends), or null.</summary>
    public static (string Iso, int Start, int End)? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var arabic = ArabicDate().Match(text);
        var chinese = ChineseDate().Match(text);
        var dayFirst = DayFirstDate().Match(text);
        foreach (var match in new[] { arabic, chinese, dayFirst }.Where(m => m.Success).OrderBy(m => m.Index))
        {
            var year = Numbers.Year(ZeroAsRing(match.Groups["y"].Value));
            var month = Numbers.Small(match.Groups["m"].Value);
            var day = Numbers.Small(match.Groups["d"].Value);
            if (year is { } y && month is >= 1 and <= 12 && day is { } d && d >= 1 && d <= DateTime.DaysInMonth(y, month.Value))
            {
                return (Iso(y, month.Value, d), match.Index, match.Index + match.Length);
            }
        }

        return null;
    }

    // 二○二六, 二OO八, 二0一0: every stand-in for the zero read as 〇.
    private static string ZeroAsRing(string year) =>
        year.Replace('○', '〇').Replace('O', '〇').Replace('Ｏ', '〇').Replace('0', '〇');

    /// <summary>The date <paramref name="text"/> holds (anywhere in it), in ISO form, or null.</summary>
    public static string? Parse(string? text) => text is null ? null : Find(text)?.Iso;

    public static string Iso(int year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
}
