using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>Chains of place names before 政协 or 委员会 (泰州市姜堰区), each inside the one before.</summary>
internal sealed partial class CommitteeFinder
{
    // Reads consecutive place names from start (泰州市姜堰区): each must lie in the one before.
    // Returns the innermost place and where the names end. Towns have no committee and end the chain.
    // Indexed loops over one reused list rather than Reverse() and a LINQ chain per name: it runs
    // for every length before every 政协 of a document.
    private (Place? Place, int End) ChainForward(string text, int start, IReadOnlyList<Place> context)
    {
        Place? last = null;
        var position = start;
        var candidates = new List<Place>();
        for (var step = 0; step < 3 && position < text.Length; step++)
        {
            Place? chosen = null;
            var chosenLength = 0;
            var names = gazetteer.NamesAt(text, position);
            for (var n = names.Count - 1; n >= 0 && chosen is null; n--)
            {
                Candidates(names[n].Readings, last, candidates);
                if (Pick(candidates, context) is { } pick)
                {
                    chosen = pick;
                    chosenLength = names[n].Length;
                }
            }

            if (chosen is null)
            {
                break;
            }

            last = chosen;
            position += chosenLength;
        }

        return (last, position);
    }

    // The readings that may go on a chain ending at `last` (no town; inside `last`, not itself),
    // each once, without any that lies inside another of them.
    private void Candidates(IReadOnlyList<PlaceName> readings, Place? last, List<Place> candidates)
    {
        candidates.Clear();
        for (var r = 0; r < readings.Count; r++)
        {
            var place = readings[r].Place;
            if (place.Level != PlaceLevel.Town && (last is null || (place.Code != last.Code && gazetteer.IsWithin(place, last)))
                && !candidates.Contains(place))
            {
                candidates.Add(place);
            }
        }

        if (candidates.Count > 1)
        {
            candidates.RemoveAll(a => candidates.Exists(b => b.Code != a.Code && gazetteer.IsWithin(a, b)));
        }
    }

    // The one candidate, or the one inside the context when several are.
    private Place? Pick(List<Place> candidates, IReadOnlyList<Place> context)
    {
        if (candidates.Count <= 1)
        {
            return candidates.Count == 1 ? candidates[0] : null;
        }

        Place? inContext = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!InAny(candidates[i], context))
            {
                continue;
            }

            if (inContext is not null)
            {
                return null;
            }

            inContext = candidates[i];
        }

        return inContext;
    }

    private bool InAny(Place place, IReadOnlyList<Place> context)
    {
        for (var i = 0; i < context.Count; i++)
        {
            if (gazetteer.IsWithin(place, context[i]))
            {
                return true;
            }
        }

        return false;
    }
}
