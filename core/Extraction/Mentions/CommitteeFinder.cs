using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Context;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>A committee named in a unit.</summary>
/// <remarks>
/// A coordinated phrase (省、市政协, 市县两级政协) gives each of its levels a match over the whole
/// phrase (<paramref name="Coordinated"/>): the phrase is the words that name each level's committee.
/// </remarks>
internal sealed record CommitteeMatch(int Start, int End, CommitteeIdentity Committee, string? Session, bool IsNamed, bool Coordinated = false);

/// <summary>
/// CPPCC committees, in the forms the genre writes them, each resolved to its canonical identity.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Full names: 政协{places}[第N届]委员会 (政协淮安市第九届委员会, 政协泰州市姜堰区委员会),
/// 中国人民政治协商会议{places}委员会, 中国人民政治协商会议全国委员会.</item>
/// <item>Place and 政协: 淮安市政协, 涟水县政协, 淮安政协, 泰州市姜堰区政协.</item>
/// <item>Relative forms, resolved against the place of the committee speaking, then of the issuer:
/// 省政协, 市政协 (我市政协), 县政协, 区政协, 新区政协 (浦东新区's), 全国政协; coordinated levels 省、市政协, 市、区政协,
/// 省市政协, 市县两级政协 (each level read and named by the whole phrase; a level that has no committee in the context, such as
/// 县 in a city's report, is not). A county-level city calls itself 市政协. Not read: 全市政协
/// and other forms where a dictionary word ends on the level character (全市, 地级市), and the
/// collective 县（市、区）政协.</item>
/// </list>
/// A session (第九届, 九届三次会议) right after a mention is kept as the committee's session.
/// </remarks>
internal sealed partial class CommitteeFinder(Gazetteer gazetteer, JiebaSegmenter segmenter, IReadOnlyCollection<string>? commonForms = null)
{
    // Short forms of divisions that are common words (places.commonWords: 友好, 新建, 中山): before 政协 only near the place.
    private readonly HashSet<string> _commonForms = new(commonForms ?? [], StringComparer.Ordinal);

    private const string Cppcc = "政协";
    private const string FullCppcc = "中国人民政治协商会议";

    [GeneratedRegex(@"^第?(?<n>[一二三四五六七八九十]{1,3})届")]
    private static partial Regex SessionPattern();

    /// <summary>Committees named with their place (not relative forms), for reading the document's context.</summary>
    public List<CommitteeMatch> FindNamed(string text, IReadOnlyList<Place> context)
    {
        var matches = new List<CommitteeMatch>();
        for (var at = text.IndexOf(Cppcc, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Cppcc, at + 1, StringComparison.Ordinal))
        {
            if (FullName(text, at, at + Cppcc.Length, context) is { } full)
            {
                matches.Add(full);
            }
            else if (PlaceAndCppcc(text, at, context) is { } named)
            {
                matches.Add(named);
            }
        }

        for (var at = text.IndexOf(FullCppcc, StringComparison.Ordinal); at >= 0; at = text.IndexOf(FullCppcc, at + 1, StringComparison.Ordinal))
        {
            var after = at + FullCppcc.Length;
            if (string.CompareOrdinal(text, after, "全国委员会", 0, 5) == 0)
            {
                matches.Add(new CommitteeMatch(at, after + 5, CommitteeIdentity.National, null, IsNamed: true));
            }
            else if (FullName(text, at, after, context) is { } full)
            {
                matches.Add(full);
            }
        }

        matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        return matches;
    }

    /// <summary>Finds the unit's committees, adds their mentions, and says which committee the unit speaks for.</summary>
    public void Find(UnitReading reading, PlaceFinder places)
    {
        var text = reading.Text;
        var context = places.ContextPlaces(reading);
        var found = FindNamed(text, context);
        for (var at = text.IndexOf(Cppcc, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Cppcc, at + 1, StringComparison.Ordinal))
        {
            if (found.Exists(m => m.Start <= at && at < m.End))
            {
                continue;
            }

            found.AddRange(Relative(text, at, level => ResolveLevel(reading, level)));
        }

        foreach (var match in found.OrderBy(m => m.Start))
        {
            // The levels of one coordinated phrase share its span; any other overlap is refused.
            if (reading.Of(Labels.Committee).Any(m => m.Overlaps(match.Start, match.End) && !(match.Coordinated && SameSpan(m, match.Start, match.End))))
            {
                continue;
            }

            reading.Findings.Register(match.Committee);
            var session = match.Session ?? SessionAfter(text, match.End);
            var mention = new Mention(Labels.Committee, match.Committee.Id, match.Committee.Name, reading.Unit, match.Start, match.End) { IsName = !match.Coordinated };
            mention.Properties["level"] = match.Committee.Level;
            if (match.Committee.Place is { } place)
            {
                mention.Properties["place"] = place.Id;
            }

            if (session is not null)
            {
                mention.Properties["session"] = session;
            }

            reading.Add(mention);

        }

        var (speaker, persists) = SpeakerOf(reading);
        reading.Speaker = speaker ?? reading.State.Speaker;
        if (speaker is not null && persists)
        {
            reading.State.Speaker = speaker;
        }

        reading.Findings.Register(reading.Speaker);
    }

    /// <summary>The committee <paramref name="level"/> (省, 市, 县, 区, 旗, 州, 盟, 自治区 …) means for the unit, or null.</summary>
    public CommitteeIdentity? ResolveLevel(UnitReading reading, string level)
    {
        foreach (var basis in new[] { (reading.Speaker ?? reading.State.Speaker)?.Place, reading.Context.Issuer?.Place, reading.Context.IssuerPlace })
        {
            if (basis is not null && ResolveLevel(basis, level) is { } committee)
            {
                return committee;
            }
        }

        return null;
    }

    /// <summary>
    /// The committee <paramref name="level"/> means in a text about <paramref name="basis"/>: 市 is
    /// the county-level city itself, else its city, else a municipality (重庆市政协); 县, 区 and 旗
    /// the county of that kind (县 also a county-level city: a county made a city, 撤县设市, is still 县 in its older
    /// stories); 州 and 盟 the prefecture; 省 and 自治区 the province. Null when the place has no division of that level.
    /// </summary>
    public CommitteeIdentity? ResolveLevel(Place basis, string level)
    {
        var place = basis;
        var target = level switch
        {
            "省" => gazetteer.AtLevel(place, PlaceLevel.Province),
            "自治区" => gazetteer.AtLevel(place, PlaceLevel.Province) is { } p && p.Name.EndsWith("自治区", StringComparison.Ordinal) ? p : null,
            "市" when place.Level == PlaceLevel.County && place.Name.EndsWith('市') => place,
            "市" => gazetteer.AtLevel(place, PlaceLevel.City) is { } c && c.Name.EndsWith('市') ? c
                : gazetteer.AtLevel(place, PlaceLevel.Province) is { } m && IsMunicipality(m) ? m : null,
            "州" or "自治州" => gazetteer.AtLevel(place, PlaceLevel.City) is { } z && z.Name.EndsWith('州') ? z : null,
            "盟" => gazetteer.AtLevel(place, PlaceLevel.City) is { } g && g.Name.EndsWith('盟') ? g : null,
            "县" or "自治县" when place.Level == PlaceLevel.County && place.Name.EndsWith('县') => place,
            "县" when place.Level == PlaceLevel.County && place.Name.EndsWith('市') => place,
            "区" when place.Level == PlaceLevel.County && place.Name.EndsWith('区') => place,
            "新区" when place.Level == PlaceLevel.County && place.Name.EndsWith("新区", StringComparison.Ordinal) => place,
            "旗" or "自治旗" when place.Level == PlaceLevel.County && place.Name.EndsWith('旗') => place,
            _ => null,
        };
        return target is null ? null : CommitteeIdentity.Of(target, gazetteer);
    }

    /// <summary>The relative committees (市政协, 省、市政协, 旗政协) of <paramref name="text"/>, resolved by <paramref name="resolve"/>.</summary>
    public List<CommitteeMatch> FindRelative(string text, Func<string, CommitteeIdentity?> resolve)
    {
        var found = new List<CommitteeMatch>();
        var named = FindNamed(text, []);
        for (var at = text.IndexOf(Cppcc, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Cppcc, at + 1, StringComparison.Ordinal))
        {
            if (!named.Exists(m => m.Start <= at && at < m.End))
            {
                found.AddRange(Relative(text, at, resolve));
            }
        }

        return found;
    }

    private static bool IsMunicipality(Place province) => province.Name is "北京市" or "天津市" or "上海市" or "重庆市";

    // 政协{places}[第N届]委员会: the places from nameStart on, then the session and 委员会.
    private CommitteeMatch? FullName(string text, int start, int nameStart, IReadOnlyList<Place> context)
    {
        // 政协第十三届广东省委员会, 中国人民政治协商会议第八届文成县委员会: the session may come first.
        string? session = null;
        var leading = SessionPattern().Match(text[nameStart..Math.Min(text.Length, nameStart + 6)]);
        if (leading.Success)
        {
            session = $"第{leading.Groups["n"].Value}届";
            nameStart += leading.Length;
        }

        // 政协第十四届全国委员会, 中国人民政治协商会议第十三届全国委员会: the national committee of a term.
        if (string.CompareOrdinal(text, nameStart, "全国委员会", 0, 5) == 0)
        {
            return new CommitteeMatch(start, nameStart + 5, CommitteeIdentity.National, session, IsNamed: true);
        }

        var (place, end) = ChainForward(text, nameStart, context);
        if (place is null)
        {
            return null;
        }

        var sessionMatch = SessionPattern().Match(text[end..Math.Min(text.Length, end + 6)]);
        if (sessionMatch.Success)
        {
            session = $"第{sessionMatch.Groups["n"].Value}届";
            end += sessionMatch.Length;
        }

        if (string.CompareOrdinal(text, end, "委员会", 0, 3) == 0)
        {
            return CommitteeIdentity.Of(place, gazetteer) is { } committee
                ? new CommitteeMatch(start, end + 3, committee, session, IsNamed: true)
                : null;
        }

        // 政协珠海市香洲区八届七次会议: the committee named by its place before a meeting of its session.
        return session is not null && SessionMeeting().IsMatch(text.AsSpan(end)) && CommitteeIdentity.Of(place, gazetteer) is { } meeting
            ? new CommitteeMatch(start, end, meeting, session, IsNamed: true)
            : null;
    }

    // 七次会议, 第三次全体会议, 二十次常委会议: a meeting of the session just named.
    [GeneratedRegex(@"^第?[一二三四五六七八九十]{1,3}次(?:全体|常委会?|常务委员会)?会议")]
    private static partial Regex SessionMeeting();

    // Verbs that open with 报 after a committee's name: its own step, not a newspaper's name.
    internal static readonly string[] ReportingSteps = ["报送", "报告", "报名", "报请", "报批", "报备"];

    // {places}政协: the places that end where 政协 starts.
    private CommitteeMatch? PlaceAndCppcc(string text, int at, IReadOnlyList<Place> context)
    {
        // 人民政协; 广西政协报 and 重庆政协报 are newspapers; 南昌县政协报送的信息, 某县政协报告工作 are the committee's own steps.
        if ((at >= 2 && string.CompareOrdinal(text, at - 2, "人民", 0, 2) == 0)
            || (at + Cppcc.Length < text.Length && text[at + Cppcc.Length] == '报' && !ReportingSteps.Any(w => string.CompareOrdinal(text, at + Cppcc.Length, w, 0, w.Length) == 0)))
        {
            return null;
        }

        for (var length = Math.Min(at, 12); length >= 2; length--)
        {
            var start = at - length;
            var (place, end) = ChainForward(text, start, context);
            // 全州政协 in a prefecture's text: the whole prefecture's committees, not 全州县's; “友好政协”: twinned
            // committees, not 友好区's. Such a name before 政协 is read only in or under the document's places.
            // So is a common word written with another level's suffix (乡村振兴市政协: 振兴 is 振兴区, not a 市).
            if (place is not null && end == at && (length == 2 && (PlaceFinder.IsWholePlaceForm(text.AsSpan(start, 2)) || _commonForms.Contains(text.Substring(start, 2)))
                    || length == 3 && _commonForms.Contains(text.Substring(start, 2)) && place.Name[^1] != text[start + 2])
                && !InAny(place, context))
            {
                continue;
            }

            if (place is not null && end == at && !ConjunctionCounty.IsConjunction(text, start, end) && StartsWord(text, start, at, place)
                && CommitteeIdentity.Of(place, gazetteer) is { } committee)
            {
                return new CommitteeMatch(start, at + Cppcc.Length, committee, null, IsNamed: true);
            }
        }

        return null;
    }

    // Dictionary frequency above which a word the name's first character closes with the one before it is read first.
    private const long CommonWordFrequency = 100;

    // False for a place's short form (开州 for 开州区) whose first character ends a common word with the one before it
    // (主持召开州政协: 召开, then 州政协): the word is read, not the place. A full name (永定区) is always one.
    private bool StartsWord(string text, int start, int end, Place place)
    {
        if (start == 0 || end - start > 2 || place.Name.Length == end - start || !CjkChars.IsIdeograph(text[start - 1]))
        {
            return true;
        }

        var before = segmenter.Frequency(text.AsSpan(start - 1, 2));
        return before < CommonWordFrequency || before <= segmenter.Frequency(text.AsSpan(start, end - start));
    }

    // 市政协, 省、市政协, 市县两级政协, 全国政协 ending at the 政协 at `at`.
    private IEnumerable<CommitteeMatch> Relative(string text, int at, Func<string, CommitteeIdentity?> resolve)
    {
        if (at >= 2 && string.CompareOrdinal(text, at - 2, "全国", 0, 2) == 0)
        {
            yield return new CommitteeMatch(at - 2, at + 2, CommitteeIdentity.National, null, IsNamed: false);
            yield break;
        }

        // 新区政协 in a text about 浦东新区: the new district's committee (新区 is otherwise a common word).
        if (at >= 2 && text.AsSpan(at - 2, 2) is "新区" && resolve("新区") is { } newDistrict)
        {
            yield return new CommitteeMatch(at - 2, at + Cppcc.Length, newDistrict, null, IsNamed: false);
            yield break;
        }

        // 自治区政协, 自治州政协, 自治县政协: one level of three characters.
        if (at >= 3 && text.AsSpan(at - 3, 3) is "自治区" or "自治州" or "自治县" or "自治旗")
        {
            if (resolve(text.Substring(at - 3, 3)) is { } autonomous)
            {
                yield return new CommitteeMatch(at - 3, at + Cppcc.Length, autonomous, null, IsNamed: false);
            }

            yield break;
        }

        var j = at;
        // 两级, 三级, 四级 between the levels and 政协.
        if (j >= 2 && text[j - 1] == '级' && text[j - 2] is '两' or '三' or '四')
        {
            j -= 2;
        }

        var levels = new List<int>();
        while (j > 0)
        {
            if (IsLevel(text[j - 1]))
            {
                levels.Insert(0, j - 1);
                j--;
            }
            else if (text[j - 1] == '、' && levels.Count > 0 && j >= 2 && IsLevel(text[j - 2]))
            {
                j--;
            }
            else
            {
                break;
            }
        }

        if (levels.Count == 0 || EndsAWord(text, levels[0]))
        {
            yield break;
        }

        // One level (市政协) names its committee; each level of a coordinated phrase (省、市政协,
        // 市县两级政协) is named by the whole phrase.
        var coordinated = levels.Count > 1;
        foreach (var level in levels)
        {
            if (resolve(text[level].ToString()) is { } committee)
            {
                yield return coordinated
                    ? new CommitteeMatch(levels[0], at + Cppcc.Length, committee, null, IsNamed: false, Coordinated: true)
                    : new CommitteeMatch(level, at + Cppcc.Length, committee, null, IsNamed: false);
            }
        }
    }

    private static bool SameSpan(Mention mention, int start, int end) => mention.Start == start && mention.End == end;

    private static bool IsLevel(char c) => c is '省' or '市' or '县' or '区' or '旗' or '州' or '盟';

    // True when a dictionary word of two or three characters ends on the level character (全市,
    // 地级市, 各县): the 政协 after it is then not that level's committee. 我市 and 本市 are fine.
    private bool EndsAWord(string text, int levelAt)
    {
        for (var length = 2; length <= 3; length++)
        {
            var start = levelAt + 1 - length;
            if (start < 0)
            {
                break;
            }

            var word = text.AsSpan(start, length);
            if (word[0] is '我' or '本')
            {
                return false;
            }

            if (word.ContainsAny("、，。；") || !segmenter.Contains(word))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private static string? SessionAfter(string text, int end)
    {
        var match = SessionPattern().Match(text[end..]);
        return match.Success ? $"第{match.Groups["n"].Value}届" : null;
    }
}
