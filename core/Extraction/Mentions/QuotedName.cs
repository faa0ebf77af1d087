using KnowledgeGraph.Core.Extraction.Reading;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>What a quoted name turned out to be.</summary>
internal enum QuoteRole
{
    /// <summary>Nothing the rules can tell.</summary>
    Unknown,

    /// <summary>A slogan, goal, metaphor or evaluation: never an entity.</summary>
    Slogan,

    Initiative,

    /// <summary>The title of an activity (a campaign, a meeting).</summary>
    ActivityName,

    /// <summary>The topic of a meeting or survey (围绕“…”召开, “…”议题).</summary>
    Topic,

    Regulation,

    Award,

    Body,
}

/// <summary>
/// A quoted name as read in its context.
/// </summary>
/// <param name="Quote">The quote marks.</param>
/// <param name="Name">The name: the quoted text without inner quotes, completed where the rules say (“码”上议 → 码上议, “111”工程 → 111工程).</param>
/// <param name="Role">What it is.</param>
/// <param name="Start">Start of the mention (the opening mark, or a part inside a list).</param>
/// <param name="End">End of the mention (after the closing mark and any words that complete the name).</param>
/// <param name="Head">The noun after the quote that decided the role (平台, 活动, 议题 …), or null.</param>
/// <param name="Verb">The nearest cue verb before the quote in its clause, or null.</param>
/// <param name="Object">For an activity name: the noun phrase after it (委员联系界别群众活动).</param>
internal sealed record QuotedName(QuotedSpan Quote, string Name, QuoteRole Role, int Start, int End, string? Head, string? Verb, string? Object = null)
{
    /// <summary>The initiative this one belongs to (有事好商量 for “有事好商量—‘码’上议”), or null.</summary>
    public string? Umbrella { get; init; }

    /// <summary>The whole compound the name was read from (有事好商量—‘码’上议), kept as an alias; or null.</summary>
    public string? Compound { get; init; }

    /// <summary>The known kind, from the vocabulary or the head.</summary>
    public string? Kind { get; init; }
}
