using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// A story's dateline (本报讯, 西林讯, 中新网广州1月19日电): where the body starts, and the place it names.
/// </summary>
internal static partial class Datelines
{
    // 西林讯, 新甘谷讯 (新 is the paper's, not the place's), 中新网广州1月19日电: where the story is from;
    // 竹溪新闻网讯: the place of the site or paper that dates the story.
    internal static IEnumerable<string> DatelineHints(string line)
    {
        if (DatelinePlace().Match(line) is not { Success: true } dateline)
        {
            yield break;
        }

        var place = WithoutMedium(dateline.Groups["place"].Value) ?? dateline.Groups["place"].Value;
        yield return place + "讯";
        if (place.Length > 2 && place[0] == '新')
        {
            yield return place[1..] + "讯";
        }
    }

    /// <summary>民权网, 广德新闻网 as a source line's value: the place the site or paper is named after, as a dateline
    /// would give it (民权讯); each of several media joined in one value (中国赣州网-赣南日报), 中国 before a place's site
    /// being the site's word. None when no part is a medium's name.</summary>
    internal static IEnumerable<string> SourceHints(string? source)
    {
        foreach (var part in (source ?? "").Split(SourceJoins, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Length <= 10 && part.All(c => c is >= '\u4e00' and <= '\u9fff') && !Portals.Contains(part, StringComparer.Ordinal)
                && WithoutMedium(part) is { } place)
            {
                yield return (place.Length > 3 && place.StartsWith("中国", StringComparison.Ordinal) ? place[2..] : place) + "讯";
            }
        }
    }

    private static readonly char[] SourceJoins = ['-', '－', '—', '·', '|', '/', ' ', '、', '　'];

    // National and regional portals and papers that carry every place's stories: their names read as a county's short
    // form before 网 (凤凰网, 华龙网, 东方网, 光明网) but name no place the story is of.
    private static readonly string[] Portals =
    [
        "新华网", "人民网", "凤凰网", "光明网", "中国网", "央视网", "央广网", "中新网", "东方网", "华龙网", "大河网", "荆楚网",
        "大众网", "齐鲁网", "红网", "环球网", "千龙网", "东北网", "北方网", "南方网", "金羊网", "华声在线", "新华日报", "光明日报",
        "人民日报", "经济日报", "工人日报", "农民日报", "法治日报", "中国日报", "人民政协报", "人民政协网",
    ];

    // 竹溪新闻网, 今日房县网 (今日 is the site's): the name before the medium's word, or null when none ends the name.
    private static string? WithoutMedium(string name)
    {
        foreach (var medium in DatelineMedia)
        {
            if (name.Length > medium.Length + 1 && name.EndsWith(medium, StringComparison.Ordinal))
            {
                var place = name[..^medium.Length];
                return place.Length > 3 && place.StartsWith("今日", StringComparison.Ordinal) ? place[2..] : place;
            }
        }

        return null;
    }

    private static readonly string[] DatelineMedia = ["新闻网", "融媒体中心", "融媒", "日报", "晚报", "发布", "在线", "网", "报"];

    // 本报讯, 某某网讯, 某某在线01月15日讯 (a dateline holding its day), 新华社某地3月5日电.
    [GeneratedRegex(@"^\S{2,8}讯|^[\u4e00-\u9fff]{2,8}[0-9]{1,2}月[0-9]{1,2}日讯|(?:网|社|报|台)\S{0,6}[0-9]{1,2}月[0-9]{1,2}日电")]
    internal static partial Regex Dateline();

    [GeneratedRegex(@"^[（(【\[]?\s*(?:本报|本网|本台)?(?<place>[\u4e00-\u9fff]{2,8}?)(?:[0-9]{1,2}月[0-9]{1,2}日)?讯|^[\u4e00-\u9fff]{1,6}?(?:网|社|报|台)(?<place>[\u4e00-\u9fff]{2,4}?)[0-9]{1,2}月[0-9]{1,2}日电")]
    private static partial Regex DatelinePlace();
}
