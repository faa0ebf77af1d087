using KnowledgeGraph.Core.Extraction.Activities;
using KnowledgeGraph.Core.Extraction.Context;
using KnowledgeGraph.Core.Extraction.Reading;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// One unit being read: what the finders have found in it so far, the document's context, and
/// the state carried between units. Finders run in a fixed order and each sees what the earlier
/// ones found (the activity finder sees the committees and people).
/// </summary>
internal sealed class UnitReading(TextUnit unit, DocumentContext context, ReadingState state, DocumentFindings findings, List<ActivityDraft> activities, DocumentText? text = null)
{
    private readonly List<Mention> _mentions = [];
    private string? _listText;

    public TextUnit Unit { get; } = unit;

    public string Text => Unit.Text;

    /// <summary>The text as lists of names are read: notes after names and masked names blanked to list marks (<see cref="PersonNames.ListText"/>).</summary>
    public string ListText => _listText ??= PersonNames.ListText(Unit.Text);

    public DocumentContext Context { get; } = context;

    public ReadingState State { get; } = state;

    public DocumentFindings Findings { get; } = findings;

    /// <summary>Every activity of the document so far.</summary>
    public List<ActivityDraft> Activities { get; } = activities;

    /// <summary>The activities this unit states (new or completed here).</summary>
    public List<ActivityDraft> UnitActivities { get; } = [];

    /// <summary>This unit's mentions so far.</summary>
    public IReadOnlyList<Mention> Mentions => _mentions;

    /// <summary>The committee this unit speaks for (set by the committee finder).</summary>
    public CommitteeIdentity? Speaker { get; set; }

    /// <summary>The year this unit is about: its own leading date, else the part's, else the document's.</summary>
    public int? Year { get; set; }

    /// <summary>The id of the Date node of a full date the unit opens with (2023年9月5日，…), or null.</summary>
    public string? LeadingDateId { get; set; }

    /// <summary>The unit's quoted names, as <see cref="QuotedNameReader"/> read them.</summary>
    public IReadOnlyList<QuotedName> QuotedNames { get; set; } = [];

    /// <summary>
    /// The original text behind the unit span [start, end), with the spaces the repairs removed
    /// (a byline's 朱肸 张金玲); the unit's own text when the document's text is not at hand.
    /// </summary>
    public string Original(int start, int end) => Original(Unit, start, end);

    /// <summary>The original text behind the span [start, end) of <paramref name="of"/>, this unit or an earlier one.</summary>
    public string Original(TextUnit of, int start, int end)
    {
        if (text is null || end <= start)
        {
            return of.Text[start..end];
        }

        var (s, e) = of.ToNormalized(start, end);
        return e <= text.Text.Text.Length ? text.Text.OriginalSlice(s, e) : of.Text[start..end];
    }

    public Mention Add(Mention mention)
    {
        _mentions.Add(mention);
        Findings.Add(mention);
        return mention;
    }

    public void Remove(Mention mention)
    {
        _mentions.Remove(mention);
        Findings.Remove(mention);
    }

    public void Relate(RelationFact fact) => Findings.Relations.Add(fact);

    public IEnumerable<Mention> Of(string label) => _mentions.Where(m => m.Label == label && !m.Implied);

    /// <summary>True when a mention of one of <paramref name="labels"/> (of any label when none is given) overlaps [start, end).</summary>
    /// <remarks>A loop, not LINQ, and the labels a span: the rules ask this at most positions they
    /// read, where a closure and an array per call were a large share of extraction's allocation.</remarks>
    public bool IsTaken(int start, int end, params ReadOnlySpan<string> labels)
    {
        foreach (var m in _mentions)
        {
            if (!m.Implied && m.Overlaps(start, end) && (labels.Length == 0 || labels.Contains(m.Label)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a mention read here (not implied) of one of <paramref name="labels"/> ends at <paramref name="end"/>.</summary>
    /// <remarks>A loop for the same reason as <see cref="IsTaken"/>.</remarks>
    public bool EndsAt(int end, params ReadOnlySpan<string> labels)
    {
        foreach (var m in _mentions)
        {
            if (!m.Implied && m.End == end && labels.Contains(m.Label))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last mention with one of <paramref name="labels"/> that ends at or before <paramref name="offset"/>, or null.</summary>
    public Mention? LastBefore(int offset, params string[] labels) =>
        _mentions.Where(m => !m.Implied && labels.Contains(m.Label) && m.End <= offset).OrderBy(m => m.End).LastOrDefault();
}
