using KnowledgeGraph.Core.Extraction.Context;
using KnowledgeGraph.Core.Extraction.Reading;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>The node labels extraction produces.</summary>
internal static class Labels
{
    public const string Committee = "Committee";
    public const string Body = "Body";
    public const string Place = "Place";
    public const string Person = "Person";
    public const string Initiative = "Initiative";
    public const string Activity = "Activity";
    public const string Topic = "Topic";
    public const string Award = "Award";
    public const string Regulation = "Regulation";
    public const string Date = "Date";
}

/// <summary>
/// A stretch of a unit that names an entity, already resolved to the entity's id. Mentions of
/// one id become one node; each mention becomes a piece of the node's evidence.
/// </summary>
internal sealed class Mention(string label, string id, string name, TextUnit unit, int start, int end)
{
    public string Label { get; } = label;

    public string Id { get; } = id;

    /// <summary>The canonical name of the entity.</summary>
    public string Name { get; } = name;

    public TextUnit Unit { get; } = unit;

    public int Start { get; } = start;

    public int End { get; } = end;

    /// <summary>Properties of the entity this mention tells (first told wins, roles accumulate).</summary>
    public Dictionary<string, object> Properties { get; } = [];

    /// <summary>Other names of the entity this mention brings (a vocabulary's aliases).</summary>
    public List<string> Aliases { get; } = [];

    /// <summary>
    /// True when the mention names something else that implies the entity (淮安市 read in 涟水县's
    /// chain): it is evidence for the node but does not count as the document mentioning it.
    /// </summary>
    public bool Implied { get; init; }

    /// <summary>False when the mention's text is not a name of the entity (2.0版 for 慧提案系统2.0): it makes no alias.</summary>
    public bool IsName { get; init; } = true;

    /// <summary>The text of the mention.</summary>
    public string Surface => Unit.Text[Start..End];

    public bool Overlaps(int start, int end) => Start < end && start < End;

    public Mention ImpliedCopy(string label, string id, string name)
    {
        var copy = new Mention(label, id, name, Unit, Start, End) { Implied = true };
        return copy;
    }
}

/// <summary>A relation read in a unit: its ends, and the span that states it (the evidence).</summary>
internal sealed record RelationFact(string Type, string From, string To, TextUnit Unit, int Start, int End)
{
    public string Key { get; init; } = "";

    public Dictionary<string, object> Properties { get; init; } = [];
}

/// <summary>Everything read from one document: mentions and relations, in reading order.</summary>
internal sealed class DocumentFindings
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>The mentions, in reading order (add and remove them through <see cref="Add"/> and <see cref="Remove"/>).</summary>
    public List<Mention> Mentions { get; } = [];

    public void Add(Mention mention)
    {
        Mentions.Add(mention);
        _counts[mention.Id] = _counts.GetValueOrDefault(mention.Id) + 1;
    }

    public void Remove(Mention mention)
    {
        // Removed mentions are recent ones: look from the end.
        var at = Mentions.LastIndexOf(mention);
        if (at >= 0)
        {
            Mentions.RemoveAt(at);
            _counts[mention.Id]--;
        }
    }

    /// <summary>True when some mention (implied or not) has the id.</summary>
    public bool Has(string id) => _counts.GetValueOrDefault(id) > 0;

    public List<RelationFact> Relations { get; } = [];

    /// <summary>Every committee the reading met (named, speaking, issuing), by id, so that a relation to one can add its node.</summary>
    public Dictionary<string, CommitteeIdentity> Committees { get; } = new(StringComparer.Ordinal);

    public void Register(CommitteeIdentity? committee)
    {
        if (committee is not null)
        {
            Committees.TryAdd(committee.Id, committee);
        }
    }
}
