using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Dates in every form the genre uses: 2024年1月15日, 2023年9月, 2023年, 二〇二三年, and the
/// relative 全年, 今年 (resolved against the year of the part being read) and 一年来 (against the
/// document's year). Runs first: it also decides the year a unit is about.
/// </summary>
/// <remarks>
/// A unit that opens with a date (2023年9月5日，…; 2023年，…; 2023年以来，…) is about that year;
/// otherwise about the year of its part (set by the last heading that holds a year), otherwise
/// about the document's year. A heading with a year starts a part about that year.
/// Node ids: <c>date:2024-01-15</c>, <c>date:2023-09</c>, <c>date:2023</c>.
/// </remarks>
internal static partial class DateFinder
{
    [GeneratedRegex(@"(?<y>[0-9]{4}|[〇零一二三四五六七八九]{4})年(?:(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:(?<d>3[01]|[12][0-9]|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])日)?)?")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"全年|今年|一年来")]
    private static partial Regex RelativePattern();

    public static void Find(UnitReading reading)
    {
        var text = reading.Text;
        int? leadingYear = null;
        foreach (Match match in DatePattern().Matches(text))
        {
            if (Numbers.Year(match.Groups["y"].Value) is not { } year)
            {
                continue;
            }

            int? month = match.Groups["m"].Success ? Numbers.Small(match.Groups["m"].Value) : null;
            int? day = match.Groups["d"].Success ? Numbers.Small(match.Groups["d"].Value) : null;
            var mention = reading.Add(Date(reading, match.Index, match.Index + match.Length, year, month, day));
            if (match.Index == 0)
            {
                leadingYear = year;
                if (month is not null)
                {
                    reading.LeadingDateId = mention.Id;
                }
            }
        }

        if (reading.Unit.IsHeading && reading.Of(Labels.Date).FirstOrDefault() is { } first)
        {
            reading.State.PartYear = (int)(long)first.Properties["year"];
        }

        reading.Year = leadingYear ?? reading.State.PartYear ?? reading.Context.Year;
        foreach (Match match in RelativePattern().Matches(text))
        {
            var year = match.Value == "一年来" ? reading.Context.Year : reading.Year;
            if (year is { } y)
            {
                reading.Add(Date(reading, match.Index, match.Index + match.Length, y, null, null));
            }
        }
    }

    /// <summary>The Date mention for a year, month or day.</summary>
    public static Mention Date(UnitReading reading, int start, int end, int year, int? month, int? day)
    {
        var (id, name, precision) = (month, day) switch
        {
            ({ } m, { } d) => (string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{m:D2}-{d:D2}"), $"{year}年{m}月{d}日", "day"),
            ({ } m, null) => (string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{m:D2}"), $"{year}年{m}月", "month"),
            _ => (year.ToString(CultureInfo.InvariantCulture), $"{year}年", "year"),
        };
        var mention = new Mention(Labels.Date, "date:" + id, name, reading.Unit, start, end);
        mention.Properties["year"] = (long)year;
        if (month is { } mm)
        {
            mention.Properties["month"] = (long)mm;
        }

        if (day is { } dd)
        {
            mention.Properties["day"] = (long)dd;
        }

        mention.Properties["precision"] = precision;
        return mention;
    }
}
