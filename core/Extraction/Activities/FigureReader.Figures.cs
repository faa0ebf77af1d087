using System.Buffers;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>
/// The figures of a text: Arabic (603家, 2.49万人次, 705 篇) and Chinese (四个, 三十余件, 千余条) counts with their units, a
/// qualifier (近, 逾, 约) in the figure's span and a range (3-5次, 二到三家) read as its lower bound.
/// </summary>
internal sealed partial class FigureReader
{
    // 人(次) and 人（次） are 人次 as some reports write it (联系群众2.6万人(次)), 场(次) 场次 (协商议事活动26场(次)). 份 counts only papers a
    // committee writes or receives (DocumentNouns): 收到大会发言材料35份, not 发放资料242份.
    private const string Units = @"人\(次\)|人（次）|场\(次\)|场（次）|场次|人次|批次|家次|件次|户次|个次|条次|篇次|次|场|期|项|家|个|件|条|篇|批|组|部|名|人|户|份|幅";

    // 本 and 起 count only after Arabic digits (32本, 化解矛盾纠纷30多起): after a Chinese numeral they are mostly
    // words (基本, 根本, 一起); nor is 起 opening a word after the figure (3起草案, 从5起步).
    // 705 篇, 60 余篇: typeset or scanned pages set Arabic figures apart by spaces.
    // 第 3 次, 第 5 期: an ordinal set apart by a space is no figure either.
    [GeneratedRegex(@"(?<![第届0-9.])(?<![第届]\s)(?<pre>共|累计|共计|近|约)?\s?(?<n>[0-9]+(?:\.[0-9]+)?)(?<mult>万|亿)?\s?(?<approx>余|多)?(?<unit>" + Units + "|本|起(?![草步点始飞航]))")]
    private static partial Regex Figure();

    // 百 and 千 alone count after 近, 上 or 逾 or before 余 or 多 (提出“金点子”千余条, 参与委员近千人次), never after 数 or 几 (数百人, 几十次)
    // nor in 成百上千.
    [GeneratedRegex(@"(?<![第届次0-9一二三四五六七八九十百千两数几])(?<cn>两|(?<=(?<!成[百千])[近上逾])[百千]|[百千](?=[余多])|[二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]百[零一二三四五六七八九十]*|[一二三四五六七八九两]千[零一二三四五六七八九十百]*)(?<approx>余|多)?(?<unit>" + Units + ")")]
    private static partial Regex ChineseFigure();

    // What every figure of either expression holds: an Arabic digit or a Chinese numeral other than 一.
    private static readonly SearchValues<char> Numerals = SearchValues.Create("0123456789两百千二三四五六七八九十");

    // 人（次） as the normalised text writes it is the report's 人(次): one spelling of the unit; 场(次) is read as 场次, the unit
    // the rules know for events.
    private static string OneSpelling(string unit) => unit switch { "人（次）" => "人(次)", "场(次)" or "场（次）" => "场次", _ => unit };

    // Every count of the text, Arabic (603家, 2.49万人次) and Chinese (四个, 三十余件), in order.
    private static IEnumerable<(int Index, int Length, double Value, string Unit)> Figures(string text)
    {
        var found = new List<(int Index, int Length, double Value, string Unit)>();
        if (!text.AsSpan().ContainsAny(Numerals))
        {
            return found;
        }

        foreach (Match match in Figure().Matches(text))
        {
            if (Numbers.Arabic(match.Groups["n"].Value, match.Groups["mult"].Success ? match.Groups["mult"].Value : null) is { } value)
            {
                found.Add((match.Index, match.Length, value, OneSpelling(match.Groups["unit"].Value)));
            }
        }

        foreach (Match match in ChineseFigure().Matches(text))
        {
            if (Numbers.Chinese(match.Groups["cn"].Value) is { } value and >= 2)
            {
                // 近千人次, 逾百家, 上千家: the qualifier belongs to the figure, as 近 does before Arabic digits.
                var qualified = match.Index > 0 && (text[match.Index - 1] is '近' or '逾' or '约' || (text[match.Index - 1] == '上' && match.Groups["cn"].Value is "百" or "千")) ? 1 : 0;
                found.Add((match.Index - qualified, match.Length + qualified, value, match.Groups["unit"].Value));
            }
        }

        return found.Select(f => LowerBound(text, f)).OfType<(int Index, int Length, double Value, string Unit)>().OrderBy(f => f.Index);
    }

    // 3—4篇, 17-18项, 一到两个: a range counts its lower bound, from its first figure on (one to two is no count).
    private static (int Index, int Length, double Value, string Unit)? LowerBound(string text, (int Index, int Length, double Value, string Unit) figure)
    {
        var at = figure.Index;
        if (at < 2 || text[at - 1] is not ('-' or '—' or '－' or '~' or '～' or '到' or '至'))
        {
            return figure;
        }

        var start = at - 1;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || Numbers.IsChineseDigit(text[start - 1])) && at - start < 6)
        {
            start--;
        }

        var first = text[start..(at - 1)];
        var lower = first.Length == 0 ? null : first.All(char.IsAsciiDigit) ? Numbers.Arabic(first, null) : Numbers.Chinese(first);
        return lower is not { } value || value >= figure.Value ? figure : value < 2 ? null : (start, figure.Index + figure.Length - start, value, figure.Unit);
    }
}
