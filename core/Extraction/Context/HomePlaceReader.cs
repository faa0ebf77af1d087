using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// The document's own place, by votes: every place named in its headlines and datelines (3 each:
/// 西林讯, 【富民县】), its source and closing credit (2: 余杭政协, 安徽日报) and its sentences (1), read without any context (so a county's short form
/// counts only where a word marks it as a place: 蓝山政协), votes for itself and every division above it.
/// A place naming a venue (北京人民大会堂, 安徽大剧院) says where a meeting was held and has no vote.
/// </summary>
/// <remarks>
/// From the province with the most votes, the reading goes down to the city (or, in a municipality,
/// the district) holding at least half of its votes, then to the county holding at least half of
/// the city's: a report that names all of a province's cities stays at the province, a story
/// about one county goes down to it. A text that calls its committee only 县政协 (区政协, 市政协) and whose votes
/// stop above that level is about the place it names by a short form (威宁), else about the county its towns lie
/// in (<see cref="TownVotes"/>), else about the one its visits' firms and sites are named after.
/// </remarks>
internal sealed partial class HomePlaceReader(PlaceFinder places, Gazetteer gazetteer, JiebaSegmenter segmenter, Surnames surnames)
{
    private const double Majority = 0.5;

    private static readonly string[] Venues = ["人民大会堂", "大会堂", "大剧院", "会议中心", "会展中心", "国际会议中心", "宾馆", "饭店", "大酒店", "体育馆"];

    public Place? Read(IEnumerable<string> headlines, IEnumerable<string?> sources, DocumentText text)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        void Vote(Place place, double weight)
        {
            foreach (var p in gazetteer.Ancestors(place).Prepend(place))
            {
                votes[p.Code] = votes.GetValueOrDefault(p.Code) + weight;
            }
        }

        foreach (var headline in headlines)
        {
            foreach (var (start, end, place) in ReadLine(headline))
            {
                if (ConjunctionCounty.IsConjunction(headline, start, end))
                {
                    continue;
                }

                Vote(place, 3);
            }
        }

        // 来源：民权网: the site's name marks its place as a dateline does (民权讯).
        foreach (var source in sources.OfType<string>().SelectMany(s => Datelines.SourceHints(s).Prepend(s)))
        {
            foreach (var (_, _, place) in ReadLine(source))
            {
                Vote(place, 2);
            }
        }

        var single = SingleLevel(text);
        foreach (var unit in text.Units)
        {
            var national = unit.Text.Contains("全国委员会", StringComparison.Ordinal) || unit.Text.Contains("全国政协", StringComparison.Ordinal);
            foreach (var (start, end, place) in places.Read(unit, []))
            {
                // 在北京人民大会堂开幕, 在安徽大剧院: where a meeting was held, not whose story it is; so is
                // 在北京 in a sentence on the national session; 讲话，和县政协… joins two phrases.
                var venue = Venues.Any(v => string.CompareOrdinal(unit.Text, end, v, 0, v.Length) == 0)
                    || (national && start > 0 && unit.Text[start - 1] == '在');
                if (!venue && !ConjunctionCounty.IsConjunction(unit.Text, start, end) && !InTitledName(unit.Text, start, end) && !TripAway(unit.Text, start, place, single))
                {
                    Vote(place, 1);
                }
            }
        }

        var home = Choose(votes);
        if (single is not { } level || home is not null && !(home.Level == PlaceLevel.Province || home.Level == PlaceLevel.City && level != '市'))
        {
            return home;
        }

        return ShortFormOfLevel(text, home, level) ?? TownVotes.County(text, gazetteer, level, home) ?? InsideNames(text, home, level) ?? home;
    }

    // 主任李嘉兴、, 书记王宁海出席, 县领导楚惠东: a short place name right after a title and a surname is the given name of the
    // person the title names, not a place.
    private bool InTitledName(string text, int start, int end)
    {
        var surname = start >= 2 && surnames.Match(text.AsSpan(start - 2, 2)) == 2 ? 2 : start >= 1 && surnames.Match(text.AsSpan(start - 1, 1)) == 1 ? 1 : 0;
        return surname > 0 && end - start <= 2 && PersonTitles.Any(t => text.AsSpan(0, start - surname).EndsWith(t, StringComparison.Ordinal));
    }

    private static readonly string[] PersonTitles = ["主任", "书记", "主席", "县长", "市长", "区长", "州长", "部长", "局长", "秘书长", "委员", "常委", "院长", "校长", "同志", "领导"];

    private Place? Choose(Dictionary<string, double> votes)
    {
        var current = votes.Keys.Select(gazetteer.Find).OfType<Place>().Where(p => p.Level == PlaceLevel.Province)
            .OrderByDescending(p => votes[p.Code]).ThenBy(p => p.Code, StringComparer.Ordinal).FirstOrDefault();
        while (current is not null && current.Level < PlaceLevel.County)
        {
            var parent = current;
            var child = votes.Keys.Select(gazetteer.Find).OfType<Place>()
                .Where(p => p.Level is PlaceLevel.City or PlaceLevel.County && p.ParentCode == parent.Code)
                .OrderByDescending(p => votes[p.Code]).ThenBy(p => p.Code, StringComparer.Ordinal).FirstOrDefault();
            if (child is null || votes[child.Code] < Majority * votes[parent.Code])
            {
                break;
            }

            current = child;
        }

        return current;
    }

    // 县政协, 市政协, 区政协, 旗政协 written without a place (not the tail of 某某县政协 nor 全县政协).
    [GeneratedRegex(@"(?<![\u4e00-\u9fff])(?<level>[市县区旗])政协")]
    private static partial Regex RelativeCommittee();

    // Dictionary frequency under which a short form is a name, not prose (瑞安 35, 威宁 27, 武进 45: the place
    // finder's rare-word bound; 江山 1224, 青山 192, 天水 148 are words of prose as well).
    private const long RareFrequency = 100;

    /// <summary>
    /// 县政协主席某某… 为谱写威宁新篇章: a text that calls its committee only 县政协 (区政协, 市政协; one level
    /// throughout) and names no place of that level in full, while it names one by its short form (威宁, 武进,
    /// 瑞安), is about that place: the one read there in its own context most often, below the place the
    /// votes reached (贵州 of 多彩贵州). Committees in a list (全国政协、省政协、市政协工作会议精神) are relayed, not
    /// the text's (the caller asks only when the text names one level and the votes stopped above it). Null when a
    /// short form is prose (和平, 江山) or a nickname in quotes (打造“滨城”), or two places tie.
    /// </summary>
    private Place? ShortFormOfLevel(DocumentText text, Place? home, char level)
    {
        var counts = new Dictionary<string, (Place Place, int Count)>(StringComparer.Ordinal);
        foreach (var unit in text.Units)
        {
            foreach (var match in unit.PlaceNames(gazetteer))
            {
                if (segmenter.Frequency(unit.Text.AsSpan(match.Start, match.Length)) >= RareFrequency || Quoted(unit.Text, match.Start, match.End)
                    || GoneTo(unit.Text, match.Start) || InTitledName(unit.Text, match.Start, match.End))
                {
                    continue;
                }

                foreach (var name in match.Candidates.Where(c => c.IsShort && !c.IsAbbreviation && OfLevel(c.Place, level) && (home is null || gazetteer.IsWithin(c.Place, home))))
                {
                    // Read as the place in its own context: on the sentence's word boundaries, not prose nor another thing's name.
                    var own = gazetteer.Ancestors(name.Place).Prepend(name.Place).ToList();
                    if (places.Read(unit, own).Exists(p => p.Start == match.Start && p.Place.Code == name.Place.Code))
                    {
                        counts[name.Place.Code] = (name.Place, counts.GetValueOrDefault(name.Place.Code).Count + 1);
                    }
                }
            }
        }

        return NamedMost(counts);
    }

    /// <summary>
    /// 县政协 visiting 代县某某光伏有限公司 and 集大原铁路代县西站, 市政协 at 宁国花园居家养老服务中心: when nothing else tells the
    /// committee's place, a place of its level that begins the names of the firms, schools, stations and centres it goes
    /// to is its ground. Read on words' boundaries, short forms rare as words, not across a conjunction (讲话，和县政协…),
    /// the one named most (a tie is none).
    /// </summary>
    private Place? InsideNames(DocumentText text, Place? home, char level)
    {
        var counts = new Dictionary<string, (Place Place, int Count)>(StringComparer.Ordinal);
        foreach (var unit in text.Units)
        {
            foreach (var match in unit.PlaceNames(gazetteer))
            {
                if (!unit.IsWordBoundary(match.Start) || !unit.IsWordBoundary(match.End) && match.End < unit.Text.Length
                    || Quoted(unit.Text, match.Start, match.End) || GoneTo(unit.Text, match.Start)
                    || InTitledName(unit.Text, match.Start, match.End) || ConjunctionCounty.IsConjunction(unit.Text, match.Start, match.End))
                {
                    continue;
                }

                var rare = segmenter.Frequency(unit.Text.AsSpan(match.Start, match.Length)) < RareFrequency;
                foreach (var name in match.Candidates.Where(c => !c.IsAbbreviation && !c.IsFormer && (rare || !c.IsShort) && OfLevel(c.Place, level)
                    && (home is null || gazetteer.IsWithin(c.Place, home))))
                {
                    counts[name.Place.Code] = (name.Place, counts.GetValueOrDefault(name.Place.Code).Count + 1);
                }
            }
        }

        return NamedMost(counts);
    }

    // The place named most often, or null when none is or two tie.
    private static Place? NamedMost(Dictionary<string, (Place Place, int Count)> counts)
    {
        var ranked = counts.Values.OrderByDescending(c => c.Count).ToList();
        return ranked.Count > 0 && (ranked.Count == 1 || ranked[0].Count > ranked[1].Count) ? ranked[0].Place : null;
    }

    // The one level of relative committee the text names (县政协 throughout), committees in a list left out; null for none or several.
    private static char? SingleLevel(DocumentText text) =>
        text.Units.SelectMany(u => RelativeCommittee().Matches(u.Text).Where(m => !CommitteeMentionRoles.InList(u.Text, m.Index, m.Index + m.Length)))
            .Select(m => m.Groups["level"].Value[0]).Distinct().ToList() is [var level] ? level : null;

    // 赴安吉考察, 前往桐庐、淳安, 到武义学习: a place the committee's group goes to, not its own (深入 is left: 深入宁蒗各乡镇
    // is the county's own ground). 到 ending another verb (得到, 受到, 送到) is no going.
    [GeneratedRegex(@"(?:赴|前往|来到|走进|(?<![得受达感看想听遇做提收拿等直找见学办送报])到)(?:[\u4e00-\u9fff]{2,8}、)*$")]
    private static partial Regex GoingVerb();

    // True when the place at <paramref name="start"/> is where the text's own group goes: after a going verb, in a clause
    // that names no committee but the text's own relative one (县政协主席某某带领委员赴安吉). A visitor's committee named
    // there (县政协主席陪同省政协调研组来到宁蒗) makes the place the host's own, and it counts.
    private static bool GoneTo(string text, int start)
    {
        var going = GoingVerb().Match(text, 0, start);
        if (!going.Success)
        {
            return false;
        }

        var clause = text[(text.AsSpan(0, going.Index).LastIndexOfAny("，。；！？：".AsSpan()) + 1)..going.Index];
        return clause.Split("政协").Length - 1 == RelativeCommittee().Count(clause);
    }

    // 市政协副主席某某率队赴陕西省西安市及甘肃省天水市考察: a city committee's group going to a city or a province goes away
    // from its own (to its own counties it goes home: 赴某县调研 votes).
    private static bool TripAway(string text, int start, Place place, char? level) =>
        level == '市' && place.Level is PlaceLevel.Province or PlaceLevel.City && GoneTo(text, DestinationStart(text, start));

    // The start of the list of destinations the place closes (赴陕西省西安市及甘肃省天水市、张掖市: 陕西省).
    private static int DestinationStart(string text, int start)
    {
        var listed = DestinationList().Match(text[..start]);
        return listed.Success ? listed.Index : start;
    }

    [GeneratedRegex(@"(?<=赴|前往)[\u4e00-\u9fff]{2,12}(?:[、及和与][\u4e00-\u9fff]{2,12})*[、及和与]?$")]
    private static partial Regex DestinationList();

    // “滨城”: a word standing alone in quotation marks.
    private static bool Quoted(string text, int start, int end) =>
        start > 0 && end < text.Length && text[start - 1] is '“' or '"' or '‘' && text[end] is '”' or '"' or '’';

    // A place whose committee 县政协 (区, 旗) or 市政协 is: a county, district or banner; a city or a county-level city.
    private static bool OfLevel(Place place, char level) =>
        place.Level == PlaceLevel.County && place.Name.EndsWith(level)
        || level == '市' && place.Level == PlaceLevel.City && place.Name.EndsWith('市');

    private List<(int Start, int End, Place Place)> ReadLine(string line) => places.Read(line, WordGrid.Of(line, segmenter), []);
}
