using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Answers;

/// <summary>The kinds of answer a question can be read as.</summary>
public enum QuestionShape
{
    /// <summary>Which cities ran activities of a kind on a topic (哪些城市开展了民营经济走访？).</summary>
    Cities,

    /// <summary>What an entity is related to (码上议和哪些倡议有关？).</summary>
    Related,

    /// <summary>Who or what an entity is (戚寿余是谁？).</summary>
    Entity,

    /// <summary>None of the above: a full-text search for the question's words.</summary>
    Search,
}

/// <summary>How a question was read.</summary>
/// <param name="Shape">The kind of answer.</param>
/// <param name="Interpretation">The reading in words, for the user to check.</param>
public sealed record QuestionReading(QuestionShape Shape, string Interpretation)
{
    /// <summary>For <see cref="QuestionShape.Cities"/>: the topic asked about, if any.</summary>
    public string? Topic { get; init; }

    /// <summary>For <see cref="QuestionShape.Cities"/>: the kind of activity asked about, if any.</summary>
    public string? Activity { get; init; }

    /// <summary>For <see cref="QuestionShape.Related"/> and <see cref="QuestionShape.Entity"/>: the entity the question names.</summary>
    public Node? Entity { get; init; }

    /// <summary>For <see cref="QuestionShape.Related"/>: the labels of the related entities asked for; all when empty.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>For <see cref="QuestionShape.Search"/>: the text to search for.</summary>
    public string? Text { get; init; }
}

/// <summary>
/// Reads a plain Chinese question into one of the answer shapes, by a few patterns of how
/// researchers ask (哪些城市…, X和哪些Y有关, X是谁/什么), the topic and activity vocabularies, and
/// the graph's names and aliases. What matches no pattern, or names nothing the graph knows,
/// becomes a search.
/// </summary>
public sealed partial class QuestionReader(IGraphStore graph, ExtractionVocabulary vocabulary)
{
    /// <summary>Longest question read, in characters.</summary>
    public const int MaxLength = 200;

    // What the asked-for noun says about the label of the related entities.
    private static readonly (string Word, string[] Labels)[] LabelWords =
    [
        ("倡议", ["Initiative"]), ("品牌", ["Initiative"]), ("平台", ["Initiative"]), ("举措", ["Initiative"]), ("项目", ["Initiative"]),
        ("委员会", ["Committee"]), ("政协", ["Committee"]), ("组织", ["Committee", "Body"]), ("机构", ["Committee", "Body"]), ("单位", ["Committee", "Body"]),
        ("人", ["Person"]), ("城市", ["Place"]), ("地方", ["Place"]), ("地区", ["Place"]),
        ("主题", ["Topic"]), ("话题", ["Topic"]), ("领域", ["Topic"]), ("活动", ["Activity"]), ("奖", ["Award"]), ("荣誉", ["Award"]),
        ("制度", ["Regulation"]), ("办法", ["Regulation"]),
    ];

    /// <summary>Reads <paramref name="question"/>.</summary>
    /// <exception cref="ArgumentException">The question is empty or longer than <see cref="MaxLength"/>.</exception>
    public async Task<QuestionReading> ReadAsync(string question, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            throw new ArgumentException("The question is empty.", nameof(question));
        }

        if (question.Length > MaxLength)
        {
            throw new ArgumentException($"The question is {question.Length} characters long; at most {MaxLength} are read.", nameof(question));
        }

        var text = question.Trim().TrimEnd('？', '?', '。', '！', '!', '.', ' ');
        if (AsksWhichCities().IsMatch(text))
        {
            var topic = vocabulary.Topics.Scan(text) is [var first, ..] ? first.Topic.Name : null;
            var activity = vocabulary.Cues.Activities.KindOf(text);
            if (topic is not null || activity is not null)
            {
                return new QuestionReading(QuestionShape.Cities, $"Which cities ran {activity ?? "any"} activities on {topic ?? "any topic"} (answers/cities?topic={topic}&activity={activity})")
                {
                    Topic = topic,
                    Activity = activity,
                };
            }
        }

        if (AsksRelated().Match(text) is { Success: true } related && await LinkAsync(related.Groups["x"].Value, cancellationToken) is { } subject)
        {
            var what = related.Groups["what"].Value;
            var labels = LabelWords.Where(l => what.Contains(l.Word, StringComparison.Ordinal)).SelectMany(l => l.Labels).Distinct().ToList();
            return new QuestionReading(QuestionShape.Related, $"What {subject.Name} ({subject.Label}) is related to{(labels.Count > 0 ? ": " + string.Join(", ", labels) : "")} (entities/{subject.Id}/neighbors)")
            {
                Entity = subject,
                Labels = labels,
            };
        }

        if ((AsksWhoOrWhat().Match(text) is { Success: true } who ? who : AsksAbout().Match(text)) is { Success: true } about
            && await LinkAsync(about.Groups["x"].Value, cancellationToken) is { } entity)
        {
            return new QuestionReading(QuestionShape.Entity, $"Who or what {entity.Name} is ({entity.Label}; entities/{entity.Id})") { Entity = entity };
        }

        return new QuestionReading(QuestionShape.Search, $"A full-text search for: {text}") { Text = text };
    }

    /// <summary>
    /// The entity <paramref name="mention"/> names: an exact name or alias first, else the best
    /// containing match; quotation marks are ignored (“码”上议 = 码上议).
    /// </summary>
    public async Task<Node?> LinkAsync(string mention, CancellationToken cancellationToken = default)
    {
        var bare = Quotes().Replace(mention, "").Trim();
        if (bare.Length == 0)
        {
            return null;
        }

        var found = await graph.FindNodesAsync(bare, null, 20, cancellationToken);
        if (found.Count == 0)
        {
            return null;
        }

        // Documents, sections and passages are not what a question names.
        var candidates = found.Where(n => n.Label is not ("Document" or "Section" or "Passage")).ToList();
        return candidates.FirstOrDefault(n => Quotes().Replace(n.Name, "") == bare || n.Aliases.Any(a => Quotes().Replace(a, "") == bare))
            ?? candidates.OrderBy(n => n.Name.Length).FirstOrDefault();
    }

    [GeneratedRegex("(哪些|哪个|哪几个|什么|那些)(城市|地市|市|地方|地区)|哪里|哪儿")]
    private static partial Regex AsksWhichCities();

    [GeneratedRegex("^(?<x>.+?)(和|与|跟|同)(哪些|什么|哪个|哪几个)(?<what>.*?)(有关|相关|关联|有联系|有关系|联系)")]
    private static partial Regex AsksRelated();

    [GeneratedRegex("^(?<x>.+?)是(谁|什么|哪个|哪家|什么人|什么样的?)")]
    private static partial Regex AsksWhoOrWhat();

    [GeneratedRegex("^(介绍一下|介绍|什么是|谁是)(?<x>.+)$")]
    private static partial Regex AsksAbout();

    [GeneratedRegex("[“”‘’\"'「」『』]")]
    private static partial Regex Quotes();
}
