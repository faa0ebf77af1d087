using System.Text;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Answers;

/// <summary>
/// Reads a plain Chinese question into one of the answer shapes (<see cref="QuestionShape"/>),
/// by the patterns of how researchers ask and the graph's own names. First the parts that name
/// entities are found (<see cref="EntityLinker"/>: names and aliases of the graph, committees
/// named by their place); then the year, the topic (topic vocabulary) and the kind of activity
/// (activity cues) the rest names; then the words that give the question its shape
/// (<see cref="QuestionCues"/>: 奖项 → awards, 主席 + 谁 → roles, 哪一年…最多 → counts …).
/// A question shaped to ask about something, where what is left once its own words are taken
/// out is a name the graph does not hold, is answered as such (<see cref="QuestionShape.NotFound"/>)
/// rather than searched; anything else becomes a search.
/// </summary>
public sealed class QuestionReader
{
    /// <summary>Longest question read, in characters.</summary>
    public const int MaxLength = 200;

    // What the asked-for noun says about the label of the entities asked for.
    private static readonly (string Word, string[] Labels)[] LabelWords =
    [
        ("倡议", ["Initiative"]), ("品牌", ["Initiative"]), ("平台", ["Initiative"]), ("举措", ["Initiative"]), ("项目", ["Initiative"]),
        ("委员会", ["Committee"]), ("政协", ["Committee"]), ("组织", ["Committee", "Body"]), ("机构", ["Committee", "Body"]), ("单位", ["Committee", "Body"]),
        ("人", ["Person"]), ("委员", ["Person"]), ("城市", ["Place"]), ("地方", ["Place"]), ("地区", ["Place"]),
        ("主题", ["Topic"]), ("话题", ["Topic"]), ("领域", ["Topic"]), ("活动", ["Activity"]), ("奖", ["Award"]), ("荣誉", ["Award"]),
        ("制度", ["Regulation"]), ("办法", ["Regulation"]),
    ];

    private readonly ExtractionVocabulary _vocabulary;
    private readonly JiebaSegmenter _segmenter;
    private readonly EntityLinker _linker;
    private readonly QuestionCues _cues;

    /// <param name="graph">Where names are looked up.</param>
    /// <param name="vocabulary">Topics, activity kinds and role titles.</param>
    /// <param name="segmenter">Cuts the question into words, so that names are found on word boundaries.</param>
    public QuestionReader(IGraphStore graph, ExtractionVocabulary vocabulary, JiebaSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _vocabulary = vocabulary ?? throw new ArgumentNullException(nameof(vocabulary));
        _segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
        _linker = new EntityLinker(graph, segmenter);
        _cues = new QuestionCues(vocabulary);
    }

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

        var original = question.Trim().TrimEnd('？', '?', '。', '！', '!', '.', ' ');
        var text = Normalize(QuestionCues.Quotes().Replace(original, ""));
        var mentions = await _linker.FindAsync(text, _cues.IsStop, cancellationToken);
        var parts = new QuestionParts(text, mentions, _cues, _vocabulary);

        // Names the segmenter cut wrongly (张义 珍有) are looked for again in what is left over.
        var more = new List<EntityMention>();
        foreach (var (start, chunk) in parts.Leftover)
        {
            more.AddRange(await _linker.FindInAsync(text, start, chunk.Length, cancellationToken));
        }

        if (more.Count > 0)
        {
            parts = new QuestionParts(text, [.. mentions.Concat(more).OrderBy(m => m.Start)], _cues, _vocabulary);
        }

        return await RelatedAsync(original, cancellationToken)
            ?? Path(parts)
            ?? Counts(parts)
            ?? Awards(parts)
            ?? Roles(parts)
            ?? Actors(parts)
            ?? Runners(parts)
            ?? Initiatives(parts)
            ?? Activities(parts)
            ?? await EntityAsync(original, parts, cancellationToken)
            ?? NotFound(parts)
            ?? new QuestionReading(QuestionShape.Search, $"A full-text search for: {original}") { Text = original };
    }

    /// <summary>The entity <paramref name="mention"/> names; see <see cref="EntityLinker.LinkAsync"/>.</summary>
    public Task<Node?> LinkAsync(string mention, CancellationToken cancellationToken = default) => _linker.LinkAsync(mention, cancellationToken);

    private async Task<QuestionReading?> RelatedAsync(string text, CancellationToken cancellationToken)
    {
        if (QuestionCues.AsksRelated().Match(text) is not { Success: true } related || await _linker.LinkAsync(related.Groups["x"].Value, cancellationToken) is not { } subject)
        {
            return null;
        }

        var what = related.Groups["what"].Value;
        var labels = LabelsIn(what);
        return new QuestionReading(QuestionShape.Related, $"What {subject.Name} ({subject.Label}) is related to{(labels.Count > 0 ? ": " + string.Join(", ", labels) : "")} (entities/{subject.Id}/neighbors)")
        {
            Entity = subject,
            Labels = labels,
        };
    }

    private static QuestionReading? Path(QuestionParts parts)
    {
        var ends = parts.Mentions.Select(m => m.Node).DistinctBy(n => n.Id).ToList();
        if (ends.Count < 2 || !QuestionCues.Connection().IsMatch(parts.MaskedWithTopics))
        {
            return null;
        }

        return new QuestionReading(QuestionShape.Path, $"How {ends[0].Name} and {ends[1].Name} are connected: the shortest path between them (graph/path?from={ends[0].Id}&to={ends[1].Id})")
        {
            Entity = ends[0],
            Other = ends[1],
        };
    }

    private QuestionReading? Counts(QuestionParts parts)
    {
        var byYear = QuestionCues.ByYear().IsMatch(parts.Masked);
        var byCity = QuestionCues.ByCity().IsMatch(parts.Masked);
        if (!(byYear || byCity) || !QuestionCues.Quantity().IsMatch(parts.Masked))
        {
            return null;
        }

        var counted = QuestionCues.Awards().IsMatch(parts.Masked) ? CountedThing.Awards : CountedThing.Activities;
        if (counted == CountedThing.Activities && parts.Kind is null && parts.Topic is null && parts.Subject is null && !QuestionCues.Activities().IsMatch(parts.Masked))
        {
            return null;
        }

        var grouping = byYear ? CountGrouping.Year : CountGrouping.City;
        var what = counted == CountedThing.Awards ? "awards" : $"{parts.Activity ?? "all"} activities{About(parts.Topic)}";
        return Missing(parts) ?? new QuestionReading(
            QuestionShape.Counts,
            $"How many {what}{Of(parts.Subject)}{In(parts.Year)}, by {grouping.ToString().ToLowerInvariant()}, most first")
        {
            GroupBy = grouping,
            Counted = counted,
            Entity = parts.Subject,
            Topic = parts.Topic,
            Activity = parts.Activity,
            Year = grouping == CountGrouping.Year ? null : parts.Year,
        };
    }

    private QuestionReading? Awards(QuestionParts parts)
    {
        if (!QuestionCues.Awards().IsMatch(parts.Masked))
        {
            return null;
        }

        var labels = parts.Subject is null && QuestionCues.WhichHolders().Match(parts.Masked) is { Success: true } which ? LabelsIn(which.Groups["what"].Value) : [];
        return Missing(parts) ?? new QuestionReading(
            QuestionShape.Awards,
            $"The awards{Of(parts.Subject)}{In(parts.Year)}{(labels.Count > 0 ? " held by " + string.Join(", ", labels) : "")} (AWARDED, with what it ran and its bodies)")
        {
            Entity = parts.Subject,
            Year = parts.Year,
            Labels = labels,
        };
    }

    private QuestionReading? Roles(QuestionParts parts)
    {
        var subject = parts.Subject;
        if (subject?.Label == "Person" && (QuestionCues.PersonRoles().IsMatch(parts.Masked) || parts.RoleWord is not null))
        {
            return new QuestionReading(QuestionShape.Roles, $"The roles {subject.Name} holds (HAS_ROLE from the person)") { Entity = subject };
        }

        // 淮安市政协的主席是谁？ 谁是省政协主席？ 淮安市政协的负责人: a title, or a word for any, and who.
        var role = parts.RoleWord;
        if (role is null && !QuestionCues.AnyRole().IsMatch(parts.Masked))
        {
            return null;
        }

        if (!QuestionCues.AsksWho().IsMatch(parts.Masked) && !parts.Masked.EndsWith(role ?? "负责人", StringComparison.Ordinal))
        {
            return null;
        }

        if (subject is not null && subject.Label is not ("Committee" or "Body" or "Place"))
        {
            return null;
        }

        return Missing(parts) ?? new QuestionReading(QuestionShape.Roles, $"Who holds {(role is null ? "a role" : "the role " + role)}{(subject is null ? "" : " in " + subject.Name)} (HAS_ROLE)")
        {
            Entity = subject,
            Role = role,
        };
    }

    private QuestionReading? Actors(QuestionParts parts)
    {
        if (parts.Subject is not null || QuestionCues.WhichActors().Match(parts.Masked) is not { Success: true } which)
        {
            return null;
        }

        var who = which.Groups["who"].Value;
        var (topic, activity) = (parts.Topic, parts.Activity);
        if (topic is null && activity is null && QuestionCues.DoneWhat().Match(parts.Masked) is { Success: true } done)
        {
            // 哪些委员提出了提案: what was done is a word of its own (提案), matched in the activities' names.
            activity = done.Groups["what"].Value.TrimEnd('的', '了').Replace("工作", "", StringComparison.Ordinal).Replace("活动", "", StringComparison.Ordinal);
            activity = activity.Length >= 2 ? activity : null;
        }

        if (topic is null && activity is null)
        {
            return null;
        }

        if (who is "城市" or "地市" or "市" or "地方" or "地区" or "哪里" or "哪儿")
        {
            return new QuestionReading(QuestionShape.Cities, $"Which cities ran {activity ?? "any"} activities on {topic ?? "any topic"} (answers/cities?topic={topic}&activity={activity})")
            {
                Topic = topic,
                Activity = activity,
                Year = parts.Year,
            };
        }

        string[] labels = who is "委员" or "人员" or "人" or "领导" or "谁" ? ["Person"] : who is "单位" or "机构" or "部门" ? ["Committee", "Body"] : ["Committee"];
        string[] levels = who is "县区" ? ["县", "区"] : who is "县" ? ["县"] : who is "区" ? ["区"] : [];
        return Missing(parts) ?? new QuestionReading(
            QuestionShape.Actors,
            $"Which {(levels.Length > 0 ? string.Join("/", levels) + "-level " : "")}{string.Join(" or ", labels)} ran {activity ?? "any"} activities{About(topic)}{In(parts.Year)} (CONDUCTED, LEADS)")
        {
            Topic = topic,
            Activity = activity,
            Year = parts.Year,
            Labels = labels,
            Levels = levels,
        };
    }

    // 委员为民服务超市是哪个政协打造的？ Who runs, gave or adopted a named thing.
    private static QuestionReading? Runners(QuestionParts parts)
    {
        var subject = parts.Subject;
        if (subject is null || subject.Label is not ("Initiative" or "Award" or "Regulation" or "Activity")
            || QuestionCues.WhichActors().Match(parts.Masked) is not { Success: true } which
            || which.Groups["who"].Value is not ("政协" or "委员会" or "单位" or "机构" or "部门" or "县" or "区" or "县区" or "谁"))
        {
            return null;
        }

        string[] labels = which.Groups["who"].Value is "谁" ? ["Committee", "Body", "Person"] : ["Committee", "Body"];
        return new QuestionReading(QuestionShape.Related, $"Who {subject.Name} ({subject.Label}) belongs to: {string.Join(", ", labels)} (entities/{subject.Id}/neighbors)")
        {
            Entity = subject,
            Labels = labels,
        };
    }

    private QuestionReading? Initiatives(QuestionParts parts)
    {
        var subject = parts.Subject;
        if (subject is null || subject.Label is not ("Committee" or "Body" or "Place") || !QuestionCues.Initiatives().IsMatch(parts.Masked))
        {
            return null;
        }

        return new QuestionReading(QuestionShape.Initiatives, $"The initiatives {subject.Name} runs{About(parts.Topic)} (RAN, with its bodies')")
        {
            Entity = subject,
            Topic = parts.Topic,
        };
    }

    private QuestionReading? Activities(QuestionParts parts)
    {
        var subject = parts.Subject;
        var asks = parts.Kind is not null || QuestionCues.Activities().IsMatch(parts.Masked);
        if (!asks)
        {
            return null;
        }

        if (subject is null)
        {
            // 营商环境方面做了什么工作: activities on a topic, whoever ran them.
            if (parts.Topic is null && parts.Kind is null)
            {
                return null;
            }

            return Missing(parts) ?? new QuestionReading(QuestionShape.Actors, $"Who ran {parts.Activity ?? "any"} activities{About(parts.Topic)}{In(parts.Year)} (CONDUCTED)")
            {
                Topic = parts.Topic,
                Activity = parts.Activity,
                Year = parts.Year,
                Labels = ["Committee", "Body"],
            };
        }

        if (subject.Label is not ("Committee" or "Body" or "Person" or "Place" or "Initiative"))
        {
            return null;
        }

        return new QuestionReading(QuestionShape.Activities, $"The {parts.Activity ?? "all"} activities{Of(subject)}{In(parts.Year)}{About(parts.Topic)}, with their figures (CONDUCTED)")
        {
            Entity = subject,
            Topic = parts.Topic,
            Activity = parts.Activity,
            Year = parts.Year,
        };
    }

    private async Task<QuestionReading?> EntityAsync(string original, QuestionParts parts, CancellationToken cancellationToken)
    {
        var asked = QuestionCues.AsksWhoOrWhat().Match(original) is { Success: true } who ? who : QuestionCues.AsksAbout().Match(original);
        Node? entity = null;
        if (asked.Success)
        {
            entity = await _linker.LinkAsync(asked.Groups["x"].Value, cancellationToken);
            if (entity is null)
            {
                return NotFoundName(asked.Groups["x"].Value.Trim()) is { } name
                    ? new QuestionReading(QuestionShape.NotFound, $"Who or what {name} is: the graph holds no entity of that name") { Name = name }
                    : null;
            }
        }
        else if (parts.Mentions.Count == 1 && parts.Leftover.Count == 0)
        {
            // The question is a name and nothing else.
            entity = parts.Mentions[0].Node;
        }

        return entity is null ? null : new QuestionReading(QuestionShape.Entity, $"Who or what {entity.Name} is ({entity.Label}; entities/{entity.Id})") { Entity = entity };
    }

    // A question that asks about something (its shape words are there) and names nothing the graph knows.
    private QuestionReading? NotFound(QuestionParts parts) =>
        parts.Subject is null && parts.Mentions.Count == 0 && (QuestionCues.Awards().IsMatch(parts.Masked) || parts.Kind is not null || QuestionCues.Initiatives().IsMatch(parts.Masked) || parts.RoleWord is not null)
            ? Missing(parts)
            : null;

    // When the question names something the graph does not hold (what is left once its own words
    // and the names found are taken out looks like a name), it says so.
    private QuestionReading? Missing(QuestionParts parts)
    {
        if (parts.Subject is not null)
        {
            return null;
        }

        foreach (var (start, chunk) in parts.Leftover)
        {
            // The word for a committee after a place's name is part of the name asked about (苏州市政协).
            var end = start + chunk.Length;
            var rest = parts.Text[end..];
            var suffix = new[] { "政协委员会", "政协", "委员会" }.FirstOrDefault(w => rest.StartsWith(w, StringComparison.Ordinal)) ?? "";
            if (NotFoundName(chunk + suffix) is { } name)
            {
                return new QuestionReading(QuestionShape.NotFound, $"The question asks about {name}, and the graph holds no entity of that name") { Name = name };
            }
        }

        return null;
    }

    // A leftover part of a question that reads as a name: an organisation or place ending, or a
    // surname and a given name.
    private string? NotFoundName(string chunk)
    {
        var name = chunk.Trim().Trim('的', '了', '在', '和', '与');
        if (name.Length < 2 || name.Length > 30 || _cues.IsStop(name) || _cues.Words.Contains(name))
        {
            return null;
        }

        // A surname opening a common word is that word's (应当, 高度), unless the dictionary tags it a name.
        var personal = name.Length <= 4 && _vocabulary.Surnames.Match(name) > 0 && name.All(IsHan)
            && (!_segmenter.Contains(name) || _segmenter.Tag(name) == "nr");
        return QuestionCues.NameEnding().IsMatch(name) || personal ? name : null;
    }

    private static List<string> LabelsIn(string what) =>
        LabelWords.Where(l => what.Contains(l.Word, StringComparison.Ordinal)).SelectMany(l => l.Labels).Distinct().ToList();

    private static string Of(Node? subject) => subject is null ? "" : $" of {subject.Name}";

    private static string In(int? year) => year is null ? "" : $" in {year}";

    private static string About(string? topic) => topic is null ? "" : $" on {topic}";

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    // Full-width digits and letters as ASCII (２０２３ → 2023), so years and names read the same.
    private static string Normalize(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        return normalized.Length == text.Length ? normalized : text;
    }
}
