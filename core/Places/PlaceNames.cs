namespace KnowledgeGraph.Core.Places;

/// <summary>
/// The short forms of division names: 淮安市 → 淮安, 涟水县 → 涟水, 清江浦区 → 清江浦,
/// 罗桥镇 → 罗桥, 三水街道 → 三水, 广西壮族自治区 → 广西, 长阳土家族自治县 → 长阳.
/// </summary>
/// <remarks>
/// One administrative suffix is removed (the longest that fits); for autonomous divisions the
/// 自治… suffix and then the names of the peoples before it. A short form must keep at least
/// two characters (泾县 has none) and must not itself end in a suffix that marks a kind of
/// zone (开发区 and the like have none). Whether a short form may be read in running text is
/// decided by the reader of the text (it needs context); this class only says what the forms are.
/// </remarks>
public static class PlaceNames
{
    // Longest first, so that 街道 wins over 道 and 自治县 over 县.
    private static readonly string[] Suffixes =
    [
        "特别行政区", "自治区", "自治州", "自治县", "自治旗", "街道办事处", "街道", "地区", "林区", "苏木",
        "省", "市", "盟", "区", "县", "旗", "镇", "乡",
    ];

    // Functional zones and farms: their names are not shortened.
    private static readonly string[] ZoneMarkers =
    [
        "开发区", "新区", "园区", "高新区", "管委会", "管理区", "实验区", "示范区", "试验区", "农场", "林场", "牧场",
        "渔场", "盐场", "茶场", "办事处", "工业区", "经济区", "度假区", "风景区", "保税区", "合作区", "矿区", "港区",
    ];

    // The peoples named in autonomous divisions, each written before 族 except where the
    // gazetteer's names do not (新疆维吾尔自治区).
    private static readonly string[] Peoples =
    [
        "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
        "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
        "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
        "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
    ];

    /// <summary>
    /// The names a county-level division had before it was made a city or a district (县改市, 县改区,
    /// 市改区): 无为市 → 无为县, 平安区 → 平安县, 萧山区 → 萧山县, 萧山市. Texts written before the change
    /// still use them. An autonomous county or banner is also written without its peoples (五峰土家族
    /// 自治县 → 五峰县), an autonomous prefecture with 州 (黔东南州). The caller keeps only those no other division bears.
    /// </summary>
    public static IReadOnlyList<string> FormerNames(string name, bool isCounty)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.EndsWith("自治州", StringComparison.Ordinal) && ShortForms(name) is [var prefecture])
        {
            // An autonomous prefecture is written with 州 after its short form: 黔东南苗族侗族自治州 → 黔东南州.
            return [prefecture + "州"];
        }

        if (!isCounty || name.Length < 3 || ShortForms(name) is not [var stem])
        {
            return [];
        }

        if (name.EndsWith("自治县", StringComparison.Ordinal) || name.EndsWith("自治旗", StringComparison.Ordinal))
        {
            // Written without its peoples too: 五峰土家族自治县 → 五峰县, 莫力达瓦达斡尔族自治旗 → 莫力达瓦旗.
            return [stem + name[^1]];
        }

        return name[^1] switch
        {
            '市' => [stem + "县"],
            '区' => [stem + "县", stem + "市"],
            _ => [],
        };
    }

    /// <summary>
    /// The one-character abbreviations of an autonomous prefecture or a league whose short form is a
    /// transliteration of four or more characters: its first character and 州 or 盟 (巴音郭楞蒙古自治州 → 巴州,
    /// 博尔塔拉蒙古自治州 → 博州, 锡林郭勒盟 → 锡盟). A shorter name is not cut so (黔东南州, 阿拉善盟).
    /// </summary>
    public static IReadOnlyList<string> Abbreviations(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var kind = name.EndsWith("自治州", StringComparison.Ordinal) ? "州" : name.EndsWith('盟') ? "盟" : null;
        return kind is not null && ShortForms(name) is [{ Length: >= 4 } stem] ? [stem[..1] + kind] : [];
    }

    /// <summary>The short forms of <paramref name="name"/>; empty when it has none.</summary>
    public static IReadOnlyList<string> ShortForms(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var zone in ZoneMarkers)
        {
            if (name.EndsWith(zone, StringComparison.Ordinal))
            {
                return [];
            }
        }

        var suffix = Array.Find(Suffixes, s => name.EndsWith(s, StringComparison.Ordinal) && name.Length > s.Length);
        if (suffix is null)
        {
            return [];
        }

        var stem = name[..^suffix.Length];
        if (suffix.StartsWith("自治", StringComparison.Ordinal))
        {
            stem = WithoutPeoples(stem);
        }

        return stem.Length >= 2 && stem != name ? [stem] : [];
    }

    private static string WithoutPeoples(string stem)
    {
        var changed = true;
        while (changed && stem.Length > 0)
        {
            changed = false;
            if (stem.EndsWith('族'))
            {
                var withoutZu = stem[..^1];
                var people = Array.Find(Peoples, p => withoutZu.EndsWith(p, StringComparison.Ordinal) && withoutZu.Length > p.Length);
                if (people is not null)
                {
                    stem = withoutZu[..^people.Length];
                    changed = true;
                }
            }
            else
            {
                // Only a few names drop 族 (维吾尔); they are long enough not to clip a place name.
                var people = Array.Find(Peoples, p => p.Length >= 3 && stem.EndsWith(p, StringComparison.Ordinal) && stem.Length > p.Length);
                if (people is not null)
                {
                    stem = stem[..^people.Length];
                    changed = true;
                }
            }
        }

        return stem;
    }
}
