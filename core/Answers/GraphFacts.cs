using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Answers;

/// <summary>What the activities asked about must be: of a year, on a topic, of a kind; any when null.</summary>
/// <param name="Year">The year of the activity.</param>
/// <param name="Topic">A topic of the vocabulary: the activity is ABOUT it or one of its narrower topics.</param>
/// <param name="Activity">A kind of activity (走访), matched by kind or by its words in the activity's name; or any other word (提案), matched in its name, object, figures and topic.</param>
public sealed record ActivityFilter(int? Year = null, string? Topic = null, string? Activity = null);

/// <summary>An activity found for a question, with who ran it, its figures and the sentences that state it.</summary>
/// <param name="Activity">The Activity node, without evidence.</param>
/// <param name="Conductors">The committees, bodies and people that CONDUCTED or LEADS it.</param>
/// <param name="Metrics">Its figures, the main one first.</param>
/// <param name="Evidence">The sentences that state it.</param>
public sealed record FoundActivity(Node Activity, IReadOnlyList<Node> Conductors, IReadOnlyList<ActivityMetric> Metrics, IReadOnlyList<Evidence> Evidence);

/// <summary>Activities found, most recent first; <c>Truncated</c> when more matched than were examined or listed.</summary>
public sealed record ActivityAnswers(IReadOnlyList<FoundActivity> Items, bool Truncated);

/// <summary>An actor (committee, body or person) and what it did.</summary>
/// <param name="Actor">The committee, body or person.</param>
/// <param name="City">The city it belongs to (a county committee's city), null when it is no city's (a provincial committee).</param>
/// <param name="Activities">What it did that the question asks about.</param>
public sealed record ActorAnswer(Node Actor, string? City, IReadOnlyList<FoundActivity> Activities);

/// <summary>
/// The actors of the labels asked for, most active first. When none of them is recorded doing
/// it (哪些委员提出了提案: no person is), <c>Others</c> holds the committees and bodies that are.
/// </summary>
public sealed record ActorAnswers(IReadOnlyList<ActorAnswer> Items, IReadOnlyList<ActorAnswer> Others, bool Truncated);

/// <summary>An award and who holds it.</summary>
/// <param name="Award">The Award node, without evidence.</param>
/// <param name="Holder">What was AWARDED it: the entity asked about, an initiative it ran or a body of it.</param>
/// <param name="Via">How the holder belongs to the entity asked about (RAN, PART_OF); null when it is that entity, or none was asked about.</param>
/// <param name="Evidence">The sentences that state the award.</param>
public sealed record AwardFact(Node Award, Node Holder, string? Via, IReadOnlyList<Evidence> Evidence);

/// <summary>A role a person holds in an organisation.</summary>
/// <param name="Person">The person.</param>
/// <param name="Role">The title (主席, 通讯员).</param>
/// <param name="Organization">Where the role is held; null when the graph knows the title only.</param>
/// <param name="Evidence">The sentences that state it.</param>
public sealed record RoleFact(Node Person, string Role, Node? Organization, IReadOnlyList<Evidence> Evidence);

/// <summary>An initiative and who runs it.</summary>
/// <param name="Initiative">The Initiative node, without evidence.</param>
/// <param name="Runner">The committee or body that RAN it.</param>
/// <param name="Evidence">The sentences that state it.</param>
public sealed record InitiativeFact(Node Initiative, Node Runner, IReadOnlyList<Evidence> Evidence);

/// <summary>One group of a count: a year or a city, how many, which, and their figures added up by unit.</summary>
/// <param name="Key">The year or the city.</param>
/// <param name="Count">How many activities or awards.</param>
/// <param name="Items">Their names, the largest figures first.</param>
/// <param name="Figures">The main figures of the activities added up, one per unit (场次, 家 …).</param>
/// <param name="Evidence">Sentences that state some of them.</param>
public sealed record CountGroup(string Key, int Count, IReadOnlyList<string> Items, IReadOnlyList<ActivityMetric> Figures, IReadOnlyList<Evidence> Evidence);

/// <summary>Counts by year or city, most first.</summary>
/// <param name="GroupBy">What was grouped by.</param>
/// <param name="Counted">What was counted.</param>
/// <param name="Groups">The groups, most first.</param>
/// <param name="Unplaced">How many matched but belong to no group (no year, or no city: a provincial committee's).</param>
/// <param name="Truncated">True when more matched than were examined.</param>
public sealed record CountAnswers(CountGrouping GroupBy, CountedThing Counted, IReadOnlyList<CountGroup> Groups, int Unplaced, bool Truncated);
