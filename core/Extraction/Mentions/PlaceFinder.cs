using KnowledgeGraph.Core.Extraction.Context;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Places of the gazetteer named in a unit, read on the segmenter's word boundaries and
/// disambiguated by the document's places and the place named just before.
/// </summary>
/// <remarks>
/// <para>Candidates are every full name and short form of the gazetteer at every position; the
/// longest accepted one wins. Every reading must be a word of the sentence: it starts where a word
/// starts and ends where one ends, so 应城市 is not read in 适应城市 nor 于城镇 in 快于城镇. A full name
/// may end inside the next word only when that word is its suffix going on as a body
/// (<c>places.suffixWords</c>: 涟水县委, 淮安市政协), and a name may open an organisation's name
/// (四川省 in 四川省人民政府, 安徽省 after 中共 in 中共安徽省委). A reading is accepted when:</para>
/// <list type="bullet">
/// <item>a full name of a province, city or county: always, unless it has two characters and its first
/// is a common word on its own (和县, not 沁县), is an
/// ordinary word of the dictionary (城区) or a common word (<c>places.commonWords</c>), which need the
/// document's context or the place named before it;</item>
/// <item>a full name of a town: when it lies in the document's city or county or follows its own county
/// (阜宁县罗桥镇); a town named like an ordinary word or a zone (工业园区, 经济开发区) only after its county;</item>
/// <item>a full name whose stem is a verb of the genre (<c>places.verbStems</c>: 会同县统战部, "jointly with the
/// county's"): only in its province, the document's context or after its parent;</item>
/// <item>a short form that is also a common word or better known as a landmark (新建, 平原, 合作, 振兴,
/// 城南, 西湖, 庐山, 来宾, 友好 …): only right before a word that makes it a place (<c>places.after</c>: 新建区委),
/// a level's word being its own level (not 会同区委办公室) and a word of no level (政协) only near the place;
/// 全 and a level's character (全州, the whole prefecture) only in the document's context;</item>
/// <item>no short form of a county or town right before a word that makes it part of another name
/// (<c>places.nameGoesOn</c>: 白云机场, 西夏陵), nor any short form that goes on as a lake, river, street
/// or venue (巢湖流域, 环巢湖, 南京东路, 北京人民大会堂);</item>
/// <item>a former name (新建县域, 老城市) whose stem is a common or ordinary word: only in the document's context;</item>
/// <item>a short form listed right after a place of the same level and parent (东莞、中山): always;</item>
/// <item>a prefecture's one-character abbreviation (巴州, 博州): only in the document's province (巴州 is also 巴中's 巴州区);</item>
/// <item>a short form of a province or city (淮安, 上海): when the dictionary does not know it as an
/// ordinary word (it is a place name, tagged ns, unknown, or a rare word: 兴义, 贞丰), or in context
/// (a city: in the document's province);</item>
/// <item>a short form of a county (涟水): in the document's province, city or county, after its
/// parent, or marked as a place by the word after it (涟水县委 reads 涟水县 anyway); 射阳 and 响水 are
/// dictionary nouns, read only in their city;</item>
/// <item>a short form of a town: only a whole word unknown to the dictionary, inside the document's
/// county (or after its own county).</item>
/// </list>
/// <para>Among the accepted readings, the one inside the place just named (阜宁县罗桥镇), then inside
/// the document's county, city, province wins; a short form shared by a place and its own
/// ancestor (淮安 of 淮安市 and 淮安区) means the ancestor. A tie without any context is left
/// unread, except between a province or city and places below its level.</para>
/// </remarks>
internal sealed partial class PlaceFinder(Gazetteer gazetteer, JiebaSegmenter segmenter, PlaceCues cues)
{
    // The cues' common words (about a hundred) as a set: asked for every name read, and twice for a former name.
    private readonly HashSet<string> _commonWords = new(cues.CommonWords, StringComparer.Ordinal);

    public void Find(UnitReading reading)
    {
        foreach (var (start, end, place) in Read(reading.Unit, ContextPlaces(reading)))
        {
            var mention = new Mention(Labels.Place, place.Id, place.Name, reading.Unit, start, end);
            Describe(mention, place);
            reading.Add(mention);
        }

        FindOwnPlace(reading);
    }

    // 我市, 我县, 我区 …: the document's own place of that kind (the nearest of the speaker's, the
    // issuer's and the document's places whose name ends so; 我区 in a report of 广西壮族自治区 is the
    // region), once the document has named it (我省 in a story that never names its province stays no
    // place). Not read when the document has no such place, nor inside a longer word (我市场 …).
    private void FindOwnPlace(UnitReading reading)
    {
        var text = reading.Text;
        for (var at = text.IndexOf('我'); at >= 0 && at + 1 < text.Length; at = text.IndexOf('我', at + 1))
        {
            var kind = text[at + 1];
            if (!OwnPlaceKinds.Contains(kind) || !reading.Unit.IsWordBoundary(at) || reading.IsTaken(at, at + 2, Labels.Place, Labels.Committee, Labels.Body)
                || (at + 2 < text.Length && !reading.Unit.IsWordBoundary(at + 2) && !StartsWithAny(text.AsSpan(at + 2), cues.After) && !OwnPlaceFollowers.Contains(text[at + 2])))
            {
                continue;
            }

            if (ContextPlaces(reading).FirstOrDefault(p => p.Name.EndsWith(kind) && p.Level != PlaceLevel.Town) is not { } own || !reading.Findings.Has(own.Id))
            {
                continue;
            }

            var mention = new Mention(Labels.Place, own.Id, own.Name, reading.Unit, at, at + 2) { IsName = false };
            Describe(mention, own);
            reading.Add(mention);
        }
    }

    private const string OwnPlaceKinds = "省市县区州旗";

    // What may follow 我市 in one word of the segmenter (我市政协, 我县委): a body's start.
    private const string OwnPlaceFollowers = "政委人";

    /// <summary>
    /// The places named in <paramref name="text"/>, given its word boundaries and the places the
    /// document is about (<paramref name="context"/>, nearest first), in order.
    /// </summary>
    public List<(int Start, int End, Place Place)> Read(string text, WordGrid words, IReadOnlyList<Place> context) =>
        Read(text, words, gazetteer.Scan(text), context);

    /// <summary>The places named in a unit of the document, from its names scanned once (<see cref="TextUnit.PlaceNames"/>).</summary>
    public List<(int Start, int End, Place Place)> Read(TextUnit unit, IReadOnlyList<Place> context) =>
        Read(unit.Text, unit.Words, unit.PlaceNames(gazetteer), context);

    private List<(int Start, int End, Place Place)> Read(string text, WordGrid words, IReadOnlyList<PlaceNameMatch> matches, IReadOnlyList<Place> context)
    {
        var found = new List<(int, int, Place)>();
        var coveredUntil = 0;
        Place? previous = null;
        var previousEnd = -1;
        // The scan lists the names by start, shortest first: each start's run is read from its end,
        // longest first.
        for (var runStart = 0; runStart < matches.Count;)
        {
            var start = matches[runStart].Start;
            var next = runStart;
            while (next < matches.Count && matches[next].Start == start)
            {
                next++;
            }

            for (var i = next - 1; i >= runStart && start >= coveredUntil; i--)
            {
                var match = matches[i];
                var chainParent = previousEnd == match.Start ? previous : null;
                var listed = previousEnd == match.Start - 1 && match.Start > 0 && text[match.Start - 1] == '、' ? previous : null;
                if (Choose(text, match, words, context, chainParent, listed) is not { } place)
                {
                    continue;
                }

                found.Add((match.Start, match.End, place));
                coveredUntil = match.End;
                previous = place;
                previousEnd = match.End;
                break;
            }

            runStart = next;
        }

        return found;
    }

    private const string GlueChars = "及与和暨";

    /// <summary>Sets a place mention's properties: code, level, and the names of its province and city.</summary>
    public void Describe(Mention mention, Place place)
    {
        mention.Properties["code"] = place.Code;
        mention.Properties["level"] = place.LevelName;
        if (place.Level != PlaceLevel.Province && gazetteer.AtLevel(place, PlaceLevel.Province) is { } province)
        {
            mention.Properties["province"] = province.Name;
        }

        if (place.Level is PlaceLevel.County or PlaceLevel.Town && gazetteer.AtLevel(place, PlaceLevel.City) is { } city)
        {
            mention.Properties["city"] = city.Name;
        }
    }

    /// <summary>
    /// The place a name stands for, given the places the document is about (<paramref name="context"/>,
    /// nearest first), the place named just before it and the place it is listed after (珠海、中山:
    /// <c>listedAfter</c>); null when the name is not read as a place.
    /// </summary>
    public Place? Choose(string text, PlaceNameMatch match, WordGrid words, IReadOnlyList<Place> context, Place? chainParent, Place? listedAfter = null)
    {
        var inOrganisation = words.OpensOrganisation(text, match.Start, match.End);
        // 南昌市及红谷滩区, cut 及红谷/滩区 by the segmenter's guess at an unknown word: a full name right after a
        // conjunction the guess swallowed starts a word.
        var afterGlue = !words.IsBoundary(match.Start) && match.Start > 0 && words.IsBoundary(match.Start - 1) && GlueChars.Contains(text[match.Start - 1]);
        var startsWord = words.IsBoundary(match.Start) || chainParent is not null || inOrganisation || afterGlue;
        var endsWord = words.IsBoundary(match.End) || inOrganisation;
        var suffixGoesOn = !endsWord && words.IsBoundary(match.End - 1) && StartsWithAny(text.AsSpan(match.End - 1), cues.SuffixWords);
        var marked = StartsWithAny(text.AsSpan(match.End), cues.After);

        // Every reading must start a word, a short form end one and a full name end one, go on as a
        // body or be marked as a place: most names the scan finds inside words stop here, before the
        // dictionary and the context are asked.
        if (!startsWord || !endsWord && !suffixGoesOn && !marked)
        {
            return null;
        }

        var surface = text.Substring(match.Start, match.Length);
        var common = _commonWords.Contains(surface);
        var closedList = ClosedListLevel(text, match.End);
        // 兴义, 贞丰, 义乌: a rare word of the dictionary that is a division's name is that name, not an ordinary word.
        var ordinary = IsWord(surface, allowPlaceName: true) && segmenter.Frequency(surface) >= RareWordFrequency;
        var named = StartsWithAny(text.AsSpan(match.End), cues.NameGoesOn);
        var otherThing = NamesOtherThing(text, match, words);
        List<(Place Place, double Score)>? accepted = null;
        for (var r = 0; r < match.Candidates.Count; r++)
        {
            var reading = match.Candidates[r];
            var place = reading.Place;
            // A short form must end a word and name no other thing (白云机场, 巢湖流域): checked before
            // the place's ancestors are fetched.
            if (reading.IsShort && (!endsWord || named && place.Level >= PlaceLevel.County || otherThing || afterGlue && chainParent is null && !inOrganisation))
            {
                continue;
            }

            // Without context nor a place just named, no question below asks what the place lies in.
            var chain = context.Count == 0 && chainParent is null ? new PlaceChain(place, []) : gazetteer.ChainOf(place);
            var inContext = InContext(chain, context);
            var underChain = chainParent is not null && chain.IsWithin(chainParent) && place.Code != chainParent.Code;

            // 东莞、中山、江门: a name listed right after a place of the same level and parent is one too.
            var inList = listedAfter is not null && place.Level == listedAfter.Level && place.Level is PlaceLevel.City or PlaceLevel.County
                && place.ParentCode is not null && place.ParentCode == listedAfter.ParentCode;
            var ok = reading.IsShort
                ? place.Level switch
                {
                    _ when inList => true,
                    _ when IsWholePlaceForm(surface) => inContext || underChain,
                    _ when reading.IsAbbreviation => inContext || InProvince(chain, context) || underChain,
                    PlaceLevel.Town => !IsWord(surface, allowPlaceName: false) && (underChain || InCounty(chain, context)),
                    _ when common => marked && MarksOwnLevel(text, match.End, place, inContext || InProvince(chain, context) || underChain),
                    PlaceLevel.Province => !ordinary || inContext || underChain || marked,
                    PlaceLevel.City => !ordinary || inContext || InProvince(chain, context) || underChain || marked || closedList == '市',
                    _ => inContext || InProvince(chain, context) && !ordinary || underChain || marked || closedList == place.Name[^1],
                }
                : startsWord && (endsWord || suffixGoesOn || marked) && place.Level switch
                {
                    PlaceLevel.Town when IsWord(surface, allowPlaceName: false) || EndsWithAny(surface, cues.GenericTownEndings) => underChain,
                    PlaceLevel.Town => InCityOrCounty(chain, context) || underChain,
                    _ when surface.Length <= 2 && !(HasRareStem(surface) && !HeadsCounty(text, match.End)) || ordinary || common || reading.IsFormer && !IsPrefectureForm(place, surface) && StemIsWord(surface)
                        => inContext || underChain || !ordinary && !common && !reading.IsFormer && DatelineCounty(text, match, surface),
                    _ when StemIsVerb(surface) => underChain || !FollowsActor(text, match.Start, match.End) && (inContext || InProvince(chain, context)),
                    _ => true,
                };
            if (!ok)
            {
                continue;
            }

            var score = (underChain ? 5 : 0) + ContextScore(chain, context) + (reading.IsShort ? 0 : 0.5);
            (accepted ??= []).Add((place, score));
        }

        return accepted is null ? null : Best(accepted);
    }

    // The place among the accepted readings, or null when they tie without context.
    private Place? Best(List<(Place Place, double Score)> accepted)
    {
        // One reading, the usual case, is the place: the closures and lists below are for several.
        if (accepted.Count == 1)
        {
            return accepted[0].Place;
        }

        // A short form shared by a place and its ancestor means the ancestor (淮安: 淮安市, not 淮安区).
        accepted.RemoveAll(a => accepted.Any(b => b.Place.Code != a.Place.Code && gazetteer.IsWithin(a.Place, b.Place)));
        if (accepted.Count == 0)
        {
            return null;
        }

        var best = accepted.MaxBy(a => a.Score);
        var tied = accepted.Where(a => a.Score == best.Score && a.Place.Code != best.Place.Code).ToList();
        if (tied.Count > 0 && best.Score < 1)
        {
            // No context tells them apart: keep a province or city (they rarely share names), drop the rest.
            return best.Place.Level is PlaceLevel.Province or PlaceLevel.City && tied.All(t => t.Place.Level > best.Place.Level)
                ? best.Place
                : null;
        }

        return tied.Count > 0 && tied.Any(t => t.Place.Level == best.Place.Level) ? null : best.Place;
    }

    // 恩施州, 黔东南州: an autonomous prefecture written with 州 after its short form is its usual name, not
    // a former one, even when the short form is a dictionary word (恩施).
    private static bool IsPrefectureForm(Place place, string surface) =>
        place.Level == PlaceLevel.City && place.Name.EndsWith("自治州", StringComparison.Ordinal) && surface.EndsWith('州');

    // 新建县域 (新建县, 新建区's former name, before 县域), 老城市 (老城区's guessed former name): a former
    // name whose stem is a common or ordinary word is that word and a suffix-like character, unless the
    // document's context holds the place. A current full name (射阳县委) stays a place.
    private bool StemIsWord(string surface) => _commonWords.Contains(surface[..^1]) || IsWord(surface[..^1], allowPlaceName: true);

    // A short form that names a lake, river or street, or a venue, rather than the division: 巢湖流域,
    // 巢湖水质, 环巢湖 (the lake); 南京东路, 北京路, 云江西街 (streets of other cities); 北京人民大会堂 (a venue).
    private static bool NamesOtherThing(string text, PlaceNameMatch match, WordGrid words)
    {
        var after = text.AsSpan(match.End);
        if (StartsWithAny(after, WaterWords) || StartsWithAny(after, VenueWords)
            || match.Start > 0 && text[match.Start - 1] == '环' && words.IsBoundary(match.Start - 1))
        {
            return true;
        }

        foreach (var street in StreetWords)
        {
            if (after.StartsWith(street, StringComparison.Ordinal) && (match.End + street.Length >= text.Length || words.IsBoundary(match.End + street.Length)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the text starts with one of the words (ordinal). A loop, not words.Any(closure): it
    // runs for every name read.
    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] WaterWords = ["流域", "水质", "水域", "湖区", "沿岸", "水系", "湖泊", "水体", "湖面", "湖畔", "干流", "支流"];

    // 北京路, 南京东路, 江西大道, 湖南街, 上海巷: a city's street named after another place; the word must end
    // there (湖南街道办, 北京街头 go on as other words). Not 道 alone (湖南道县 splits as 湖南/道/县).
    private static readonly string[] StreetWords = ["东路", "西路", "南路", "北路", "中路", "大街", "大道", "路", "街", "巷"];

    private static readonly string[] VenueWords = ["人民大会堂", "大会堂", "会议中心", "国际会展中心", "会展中心", "大剧院", "体育馆", "体育中心", "宾馆", "饭店", "礼堂", "会堂", "剧场", "广场", "公园"];

    // Dictionary frequency under which a word that is a division's short form is taken for the
    // division (贞丰 4, 兴义 27, 义乌 92) rather than for an ordinary word (三门 329, 振兴 659, 新建 1000).
    private const long RareWordFrequency = 100;

    // A single character rarer than this as a word of its own (沁, 睢, 杞) is no word of prose.
    private const long RareStemFrequency = 1000;

    // 沁县, 睢县: a two-character name whose first character is rare as a word of its own cannot be
    // prose read across a word's end, as 和县 (市和县两级) or 单县 can.
    private bool HasRareStem(string surface) =>
        surface.Length == 2 && segmenter.Frequency(new string(surface[0], 1)) < RareStemFrequency;

    // 房县讯 (also from 今日房县网讯): a two-character full name whose first character is a word of prose (房,
    // 和) is the place before a dateline's 讯, unless it joins two phrases (讲话，和县讯…). Other marks
    // (房县政协) are left to the committee's own reading.
    private static bool DatelineCounty(string text, PlaceNameMatch match, string surface) =>
        surface.Length == 2 && match.End < text.Length && text[match.End] == '讯' && !ConjunctionCounty.IsConjunction(text, match.Start, match.End);

    // 祁县长: a surname before the title 县长 (or 市长, 区长) reads like a rare-stemmed county (祁县)
    // followed by 长; such a reading keeps needing context.
    private static bool HeadsCounty(string text, int end) => end < text.Length && text[end] == '长';

    // A word of the segmenter's dictionary; with allowPlaceName, proper names (tagged as places or
    // people, which the dictionary confuses: 萧山 and 蓝山 are nr) do not count.
    private bool IsWord(string word, bool allowPlaceName) =>
        segmenter.Contains(word) && !(allowPlaceName && segmenter.Tag(word) is "ns" or "nr" or "nrt" or "nrfg");
}
