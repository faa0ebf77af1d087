using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// Members of the national committee grouped by the province they live in, named by its one-character
/// abbreviation (在沪全国政协委员, 驻粤全国政协委员, 住宁全国政协委员): the national committee names their seat, not the
/// story's committee, and the abbreviation names the story's province, whose committee's chair
/// convenes them (市政协主席 in 上海, 省政协主席 in 广东).
/// </summary>
internal static partial class ResidentMembers
{
    // The abbreviations read only in this form: common words elsewhere (京 in 京剧, 苏 in 苏醒).
    private static readonly Dictionary<char, string> Provinces = new()
    {
        ['沪'] = "上海", ['京'] = "北京", ['津'] = "天津", ['渝'] = "重庆", ['粤'] = "广东", ['苏'] = "江苏", ['浙'] = "浙江",
        ['鲁'] = "山东", ['豫'] = "河南", ['鄂'] = "湖北", ['湘'] = "湖南", ['赣'] = "江西", ['皖'] = "安徽", ['闽'] = "福建",
        ['冀'] = "河北", ['晋'] = "山西", ['辽'] = "辽宁", ['陕'] = "陕西", ['川'] = "四川", ['黔'] = "贵州", ['滇'] = "云南",
        ['桂'] = "广西", ['琼'] = "海南", ['吉'] = "吉林", ['黑'] = "黑龙江", ['蒙'] = "内蒙古", ['甘'] = "甘肃", ['青'] = "青海",
        ['新'] = "新疆", ['藏'] = "西藏", ['宁'] = "宁夏",
    };

    // 在沪全国政协委员, 驻京全国政协委员, 住宁全国政协委员 (宁 for 宁夏 only after 住: 在宁 is 南京 as often).
    [GeneratedRegex(@"(?:(?:在|驻|住)(?<abbr>[沪京津渝粤苏浙鲁豫鄂湘赣皖闽冀晋辽陕川黔滇桂琼吉黑蒙甘青新藏])|住(?<abbr>宁))全国政协委员")]
    private static partial Regex Group();

    /// <summary>True when the national committee named at <paramref name="start"/> is the seat of a province's resident members.</summary>
    public static bool IsSeatOf(string text, int start) =>
        start >= 2 && text[start - 2] is '在' or '驻' or '住' && Provinces.ContainsKey(text[start - 1]) && (text[start - 1] != '宁' || text[start - 2] == '住')
        && string.CompareOrdinal(text, start, "全国政协委员", 0, 6) == 0;

    /// <summary>True when a committee read from <paramref name="start"/> to <paramref name="end"/> is the seat of a
    /// provincial committee's members grouped by the city they live in (驻我市省政协委员, 住黄石省政协委员): the province's
    /// committee names whose members they are, and no level before it (我市) names a committee.</summary>
    public static bool IsProvincialSeat(string text, int start, int end)
    {
        if (end < 3 || string.CompareOrdinal(text, end - 3, "省政协委员", 0, 5) != 0)
        {
            return false;
        }

        for (var i = start - 1; i >= 0 && i >= start - 7; i--)
        {
            if (text[i] is '驻' or '住')
            {
                return true;
            }

            if (text[i] is < '\u4e00' or > '\u9fff')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The province whose resident national members the text names first, or null.</summary>
    public static Place? Province(IEnumerable<string> sentences, Gazetteer gazetteer)
    {
        foreach (var sentence in sentences)
        {
            if (Group().Match(sentence) is { Success: true } group)
            {
                return gazetteer.Named(Provinces[group.Groups["abbr"].Value[0]]).Select(n => n.Place).FirstOrDefault(p => p.Level == PlaceLevel.Province);
            }
        }

        return null;
    }
}
