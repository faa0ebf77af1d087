using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Answers;

/// <summary>The kinds of answer a question can be read as.</summary>
public enum QuestionShape
{
    /// <summary>Which cities ran activities of a kind on a topic (哪些城市开展了民营经济走访？).</summary>
    Cities,

    /// <summary>Which committees, bodies or people did something (哪些政协开展了调研？ 哪些委员提出了提案？).</summary>
    Actors,

    /// <summary>The activities of an entity, in a year, on a topic, of a kind (淮安市政协2023年开展了哪些调研？).</summary>
    Activities,

    /// <summary>The awards of an entity, or all awards (淮安市政协获得了哪些奖项？).</summary>
    Awards,

    /// <summary>Who holds a role in an organisation (X的主席是谁？), or which roles a person holds.</summary>
    Roles,

    /// <summary>The initiatives an organisation runs (盐城市政协打造了哪些平台？).</summary>
    Initiatives,

    /// <summary>How two entities are connected (码上议和戚寿余有什么关系？).</summary>
    Path,

    /// <summary>Counts by year or by city (哪一年开展的协商最多？).</summary>
    Counts,

    /// <summary>What an entity is related to (数字政协和哪些倡议有关？).</summary>
    Related,

    /// <summary>Who or what an entity is (戚寿余是谁？).</summary>
    Entity,

    /// <summary>The question asks about a name the graph does not hold.</summary>
    NotFound,

    /// <summary>None of the above: a full-text search for the question's words.</summary>
    Search,
}

/// <summary>What a count question groups by.</summary>
public enum CountGrouping
{
    /// <summary>By the year an activity or award belongs to.</summary>
    Year,

    /// <summary>By the city of the committee (county committees rolled up to their city).</summary>
    City,
}

/// <summary>What a count question counts.</summary>
public enum CountedThing
{
    /// <summary>Activities (of a kind, on a topic, of an entity, as asked).</summary>
    Activities,

    /// <summary>Awards.</summary>
    Awards,
}

/// <summary>How a question was read.</summary>
/// <param name="Shape">The kind of answer.</param>
/// <param name="Interpretation">The reading in words, for the user to check.</param>
public sealed record QuestionReading(QuestionShape Shape, string Interpretation)
{
    /// <summary>The topic asked about (a name of the topic vocabulary), if any.</summary>
    public string? Topic { get; init; }

    /// <summary>
    /// The kind of activity asked about (走访 for 拜访), or the word itself when it is not a kind of
    /// the vocabulary (提案); null when none was named.
    /// </summary>
    public string? Activity { get; init; }

    /// <summary>The year asked about, if any.</summary>
    public int? Year { get; init; }

    /// <summary>The entity the question is about (X in "the awards of X"), if it names one.</summary>
    public Node? Entity { get; init; }

    /// <summary>For <see cref="QuestionShape.Path"/>: the second entity.</summary>
    public Node? Other { get; init; }

    /// <summary>For <see cref="QuestionShape.Roles"/>: the role asked about (主席), if any.</summary>
    public string? Role { get; init; }

    /// <summary>
    /// The labels of the entities asked for: related entities (<see cref="QuestionShape.Related"/>),
    /// award holders (<see cref="QuestionShape.Awards"/>) or actors (<see cref="QuestionShape.Actors"/>); all when empty.
    /// </summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>For <see cref="QuestionShape.Actors"/>: the committee levels asked for (县, 区 for 县区政协); all when empty.</summary>
    public IReadOnlyList<string> Levels { get; init; } = [];

    /// <summary>For <see cref="QuestionShape.Counts"/>: what is grouped by.</summary>
    public CountGrouping? GroupBy { get; init; }

    /// <summary>For <see cref="QuestionShape.Counts"/>: what is counted.</summary>
    public CountedThing? Counted { get; init; }

    /// <summary>For <see cref="QuestionShape.NotFound"/>: the name the graph does not hold.</summary>
    public string? Name { get; init; }

    /// <summary>For <see cref="QuestionShape.Search"/>: the text to search for.</summary>
    public string? Text { get; init; }
}
