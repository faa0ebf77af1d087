using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// A relative committee (区政协) that goes to the very place it was resolved to (区政协组织离退休干部到某区参观考察)
/// is not that place's committee: it is the committee of the other division of the same kind and parent
/// the text names (希望某某区借鉴好的做法), the one named most.
/// </summary>
internal sealed class CommitteeDestination(Gazetteer gazetteer, PlaceFinder places)
{
    private static readonly string[] GoingVerbs = ["来到", "前往", "走进", "深入", "赴", "到"];

    // 得到, 受到, 达到, 看到 …: 到 ending another verb, not going.
    private const string NotGoing = "得受达感看想听遇做提收拿等直找见学办";

    /// <summary>
    /// The committee <paramref name="match"/> stands for when its sentence goes on to go to its own place,
    /// or null when it does not, or no other division of that kind is named (then the reading stands).
    /// </summary>
    public CommitteeIdentity? Instead(CommitteeMatch match, TextUnit unit, IReadOnlyList<Place> context, DocumentText text)
    {
        if (match.Committee.Place is not { Level: PlaceLevel.County } own || !GoesTo(unit, match.End, own, context))
        {
            return null;
        }

        var counts = new Dictionary<string, (Place Place, int Count)>(StringComparer.Ordinal);
        foreach (var other in text.Units)
        {
            foreach (var (_, _, place) in places.Read(other, context))
            {
                if (place.Level == PlaceLevel.County && place.ParentCode == own.ParentCode && place.Code != own.Code && place.Name[^1] == own.Name[^1])
                {
                    counts[place.Code] = (place, counts.GetValueOrDefault(place.Code).Count + 1);
                }
            }
        }

        var ranked = counts.Values.OrderByDescending(c => c.Count).ToList();
        return ranked.Count > 0 && (ranked.Count == 1 || ranked[0].Count > ranked[1].Count) ? CommitteeIdentity.Of(ranked[0].Place, gazetteer) : null;
    }

    /// <summary>
    /// The places a group goes to after <paramref name="from"/> in its sentence (市政协副主席某某率队赴蔡甸区调研: 蔡甸区),
    /// each right after a going verb; empty when it goes nowhere the gazetteer names.
    /// </summary>
    public HashSet<string> GoneTo(TextUnit unit, int from, IReadOnlyList<Place> context)
    {
        var text = unit.Text;
        var end = SentenceEnd(text, from);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, _, place) in places.Read(unit, context))
        {
            if (start > from && start <= end && place.Level is PlaceLevel.County or PlaceLevel.City && AfterGoingVerb(text, start))
            {
                codes.Add(place.Code);
            }
        }

        return codes;
    }

    // What a visit to another district goes there for, right after its name (到某区参观学习, 赴某区考察, 到某区政协交流).
    private static readonly string[] VisitPurposes = ["参观", "学习", "考察", "观摩", "交流", "取经", "政协"];

    // True when, after <paramref name="from"/> and before the sentence's end, a going verb is followed at once by
    // <paramref name="own"/> and the place is the whole destination, followed by what a visit elsewhere is for or the
    // clause's end; not a place inside it (到某区某某街道视察, 深入某区各街道, 到某区重点企业: its own ground).
    private bool GoesTo(TextUnit unit, int from, Place own, IReadOnlyList<Place> context)
    {
        var text = unit.Text;
        var end = SentenceEnd(text, from);
        foreach (var (start, stop, place) in places.Read(unit, context))
        {
            var after = stop;
            if (start <= from || start > end || place.Code != own.Code
                || !(after >= text.Length || text[after] is '，' or '、' or '。' or '；' || VisitPurposes.Any(p => string.CompareOrdinal(text, after, p, 0, p.Length) == 0)))
            {
                continue;
            }

            if (AfterGoingVerb(text, start))
            {
                return true;
            }
        }

        return false;
    }

    // Where the sentence holding <paramref name="from"/> ends.
    private static int SentenceEnd(string text, int from)
    {
        var end = text.IndexOfAny(['。', '；', '！', '？'], from);
        return end < 0 ? text.Length : end;
    }

    // True when a going verb stands right before <paramref name="start"/> (赴, 前往, 到; not the 到 ending 得到, 受到 …).
    private static bool AfterGoingVerb(string text, int start) =>
        GoingVerbs.FirstOrDefault(v => start >= v.Length && string.CompareOrdinal(text, start - v.Length, v, 0, v.Length) == 0) is { } verb
        && !(verb == "到" && start >= 2 && NotGoing.Contains(text[start - 2]));
}
