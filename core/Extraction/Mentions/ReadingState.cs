using KnowledgeGraph.Core.Extraction.Activities;
using KnowledgeGraph.Core.Extraction.Context;
using KnowledgeGraph.Core.Extraction.Vocabulary;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// What the reader carries from one unit to the next: the committee speaking, the year of the
/// current part (a "2024年工作安排" heading starts a part about 2024), the last initiative and
/// activities of the paragraph (for "获评…" without a subject, and figures that complete an
/// activity named before them).
/// </summary>
internal sealed class ReadingState(CommitteeIdentity? issuer)
{
    /// <summary>The committee the text currently speaks for: the last one named as a clause's subject, else the issuer.</summary>
    public CommitteeIdentity? Speaker { get; set; } = issuer;

    /// <summary>A byline's title that ended its unit with nothing after it (责任编辑：), for the name on the next line.</summary>
    public RoleCue? PendingByline { get; set; }

    /// <summary>The year of the current part of the document, set by a heading with a year.</summary>
    public int? PartYear { get; set; }

    /// <summary>The text of the unit read before this one (a 其中， opening a sentence splits a figure it holds), or null at the first.</summary>
    public string? PreviousUnitText { get; set; }

    /// <summary>The section a heading of plans (2024年主要工作安排：) opened: its figures are planned, not done.</summary>
    public string? PlanSectionId { get; set; }

    public string? ParagraphId { get; private set; }

    public string? SectionId { get; private set; }

    /// <summary>The last initiative mentioned in the current paragraph.</summary>
    public Mention? LastInitiativeInParagraph { get; set; }

    /// <summary>The first initiative mentioned in the current section (in its heading, often): what 此项工作 refers to.</summary>
    public Mention? FirstInitiativeInSection { get; set; }

    /// <summary>Activities of the current paragraph, in order.</summary>
    public List<ActivityDraft> ParagraphActivities { get; } = [];

    /// <summary>Whether a sentence of the current paragraph so far spoke of a committee's work (政协, 委员).</summary>
    public bool ParagraphAboutCommittee { get; set; }

    /// <summary>Called at each unit: forgets what belonged to the previous paragraph or section.</summary>
    public void Enter(string sectionId, string? paragraphId)
    {
        if (sectionId != SectionId)
        {
            SectionId = sectionId;
            FirstInitiativeInSection = null;
        }

        if (paragraphId != ParagraphId)
        {
            ParagraphId = paragraphId;
            LastInitiativeInParagraph = null;
            ParagraphActivities.Clear();
            ParagraphAboutCommittee = false;
        }
    }
}
