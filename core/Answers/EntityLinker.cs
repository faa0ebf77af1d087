using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Answers;

/// <summary>A part of a question that names an entity of the graph.</summary>
/// <param name="Start">Where the part starts in the question.</param>
/// <param name="Length">Its length.</param>
/// <param name="Node">The entity it names (without evidence).</param>
public sealed record EntityMention(int Start, int Length, Node Node)
{
    /// <summary>Just past the part.</summary>
    public int End => Start + Length;
}

/// <summary>
/// Finds the entities a question names, through the graph's own names and aliases: runs of
/// adjacent words (政协 + 淮安市 + 委员会) equal to a name or an alias, longest first, and the ways
/// researchers name a committee by its place (淮安市政协, 江苏省政协委员会: the committee LOCATED_IN
/// the place of that name).
/// </summary>
/// <remarks>Knows no entity by name: everything comes from the graph.</remarks>
public sealed partial class EntityLinker(IGraphStore graph, JiebaSegmenter segmenter)
{
    // Labels a question never means by a name: they name nothing a researcher asks about.
    private static readonly HashSet<string> Unlinked = new(StringComparer.Ordinal) { "Document", "Date" };

    // Found in running questions, activities' names are mostly common phrases (协商活动, 调研月):
    // they are linked only where a question names one on its own (X是什么).
    private static readonly HashSet<string> NotInRunningText = new(StringComparer.Ordinal) { "Document", "Date", "Activity" };

    // When a name is shared, what a question more likely means by it (数字政协: the initiative, not the topic).
    private static readonly string[] Preference = ["Committee", "Person", "Initiative", "Body", "Place", "Award", "Regulation", "Activity", "Topic"];

    private const int MaxWordsInName = 5;
    private const int MaxLookups = 60;

    // Nodes read per exact look-up: more than share any one name in practice.
    private const int NamedLimit = 50;

    /// <summary>
    /// The entities <paramref name="question"/> names, in order, without overlaps (the longest
    /// name wins). Words for which <paramref name="isStructure"/> is true (question words,
    /// particles, cue verbs) never start, end or fill a name.
    /// </summary>
    public async Task<IReadOnlyList<EntityMention>> FindAsync(string question, Func<string, bool> isStructure, CancellationToken cancellationToken = default)
    {
        var tokens = segmenter.Tokenize(question);
        var candidates = new List<(int Start, int End)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (isStructure(tokens[i].Word))
            {
                continue;
            }

            for (var j = i; j < tokens.Count && j < i + MaxWordsInName; j++)
            {
                if (j > i && isStructure(tokens[j].Word))
                {
                    break;
                }

                if (tokens[j].End - tokens[i].Start >= 2)
                {
                    candidates.Add((tokens[i].Start, tokens[j].End));
                }
            }
        }

        var found = new List<EntityMention>();
        var lookups = 0;
        foreach (var (start, end) in candidates.OrderByDescending(c => c.End - c.Start).ThenBy(c => c.Start))
        {
            if (found.Any(m => start < m.End && m.Start < end) || lookups++ >= MaxLookups)
            {
                continue;
            }

            if (await RunningAsync(question, start, end, cancellationToken) is { } node)
            {
                found.Add(new EntityMention(start, end - start, node));
            }
        }

        return found.OrderBy(m => m.Start).ToList();
    }

    /// <summary>
    /// The entities named by parts of the <paramref name="length"/> characters of
    /// <paramref name="question"/> at <paramref name="offset"/> (a run that no word run linked, as
    /// when the segmenter glued a name to the next word: 戚寿余有), tried character by character,
    /// longest first.
    /// </summary>
    public async Task<IReadOnlyList<EntityMention>> FindInAsync(string question, int offset, int length, CancellationToken cancellationToken = default)
    {
        var found = new List<EntityMention>();
        var lookups = 0;
        for (var size = Math.Min(length, 12); size >= 2; size--)
        {
            for (var start = offset; start + size <= offset + length; start++)
            {
                var end = start + size;
                if (found.Any(m => start < m.End && m.Start < end) || lookups++ >= MaxLookups)
                {
                    continue;
                }

                if (await RunningAsync(question, start, end, cancellationToken) is { } node)
                {
                    found.Add(new EntityMention(start, size, node));
                }
            }
        }

        return found;
    }

    // An entity named in running text: not an activity (its names are common phrases), not by an
    // alias several entities share (市政协 of every city), and not by a relative form glued to the
    // word before it (苏州市政协 holds 市政协, which is not Suzhou's).
    private async Task<Node?> RunningAsync(string question, int start, int end, CancellationToken cancellationToken)
    {
        var mention = question[start..end];
        var bare = Bare(mention);
        if (bare.Length < 2)
        {
            return null;
        }

        var found = (await graph.FindNamedAsync(bare, null, NamedLimit, cancellationToken)).Where(n => !NotInRunningText.Contains(n.Label)).ToList();
        var named = found.Where(n => Bare(n.Name) == bare).OrderBy(n => Rank(n.Label)).FirstOrDefault();
        if (named is not null)
        {
            return named;
        }

        var aliased = found.Where(n => n.Aliases.Any(a => Bare(a) == bare)).ToList();
        var glued = start > 0 && IsHan(question[start - 1]) && RelativeForm().IsMatch(bare);
        if (aliased.Count == 1 && !glued)
        {
            return aliased[0];
        }

        return aliased.Count == 0 && CommitteeForm().Match(bare) is { Success: true } form
            ? await CommitteeOfPlaceAsync(form.Groups["place"].Value, cancellationToken)
            : null;
    }

    /// <summary>
    /// The entity <paramref name="mention"/> names: a name or alias equal to it (quotation marks
    /// aside: “码”上议 is 码上议), a committee named by its place (淮安市政协), else the shortest
    /// name containing it (of two characters or more).
    /// </summary>
    public async Task<Node?> LinkAsync(string mention, CancellationToken cancellationToken = default)
    {
        if (await ExactAsync(mention, cancellationToken) is { } exact)
        {
            return exact;
        }

        var bare = Bare(mention);
        if (bare.Length < 2)
        {
            return null;
        }

        var found = await graph.FindNodesAsync(bare, null, 20, cancellationToken);
        return found.Where(n => !Unlinked.Contains(n.Label)).OrderBy(n => n.Name.Length).ThenBy(n => Rank(n.Label)).FirstOrDefault();
    }

    /// <summary>The entity whose name or alias is <paramref name="mention"/>, or the committee of the place it names; null otherwise.</summary>
    public async Task<Node?> ExactAsync(string mention, CancellationToken cancellationToken = default)
    {
        var bare = Bare(mention);
        if (bare.Length < 2)
        {
            return null;
        }

        if (await NamedAsync(bare, null, cancellationToken) is { } named)
        {
            return named;
        }

        return CommitteeForm().Match(bare) is { Success: true } form
            ? await CommitteeOfPlaceAsync(form.Groups["place"].Value, cancellationToken)
            : null;
    }

    /// <summary>The committee of the place named <paramref name="placeName"/> (淮安市, 淮安, 江苏省): the committee located in it whose own place it is.</summary>
    public async Task<Node?> CommitteeOfPlaceAsync(string placeName, CancellationToken cancellationToken = default)
    {
        if (placeName.Length < 2 || await NamedAsync(placeName, "Place", cancellationToken) is not { } place)
        {
            return null;
        }

        var around = await graph.GetNeighborsAsync(place.Id, new NeighborQuery(1, ["LOCATED_IN"], ["Committee"], 50), cancellationToken);
        var located = around.Relations.Where(r => r.To == place.Id).Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        return around.Nodes
            .Where(n => n.Label == "Committee" && located.Contains(n.Id))
            .OrderBy(n => n.Properties.GetValueOrDefault("place") as string == place.Id ? 0 : 1)
            .ThenBy(n => n.Name.Length)
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private async Task<Node?> NamedAsync(string bare, string? label, CancellationToken cancellationToken)
    {
        var found = await graph.FindNamedAsync(bare, label, NamedLimit, cancellationToken);
        return found
            .Where(n => !Unlinked.Contains(n.Label) && (Bare(n.Name) == bare || n.Aliases.Any(a => Bare(a) == bare)))
            .OrderBy(n => Bare(n.Name) == bare ? 0 : 1)
            .ThenBy(n => Rank(n.Label))
            .FirstOrDefault();
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static int Rank(string label) => Array.IndexOf(Preference, label) is var i and >= 0 ? i : Preference.Length;

    private static string Bare(string text) => NodeNames.Key(text);

    // 淮安市政协, 淮安政协, 江苏省政协委员会, 清江浦区委员会: a place and the word for its committee.
    [GeneratedRegex("^(?<place>.{2,12}?)(政协委员会|政协|委员会)$")]
    private static partial Regex CommitteeForm();

    // Names relative to who speaks: 市政协, 县委, 区政府, 省政协党组.
    [GeneratedRegex("^(省|市|县|区|镇|乡|街道)")]
    private static partial Regex RelativeForm();
}
