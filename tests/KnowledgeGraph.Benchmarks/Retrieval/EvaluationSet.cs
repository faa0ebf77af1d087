using System.Text.Json;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Benchmarks.Retrieval;

/// <summary>A query of an evaluation set with its judgments, by passage id as the index has them.</summary>
/// <param name="Set">The set it belongs to.</param>
/// <param name="Id">Its id in the set.</param>
/// <param name="Kind">name, topic, paraphrase, question …</param>
/// <param name="Text">What is searched.</param>
/// <param name="Half">tune, test, or all when the set is not split.</param>
/// <param name="Grades">Grade (1 to 3) by passage id; passages not listed are 0.</param>
internal sealed record EvaluationQuery(string Set, string Id, string Kind, string Text, string Half, IReadOnlyDictionary<string, int> Grades);

/// <summary>A judgment before it is resolved to a passage: a document key and a passage path (s3:p2:t1), a text key (hash) or a text anchor.</summary>
internal sealed record RawJudgment(string Document, string? Path, string? Anchor, int Grade, string? Key = null);

/// <summary>
/// An evaluation set: a folder of documents that is ingested, and a query file with graded
/// judgments over it. A judgment names a document by a key of the file's <c>documents</c> (its
/// file name in the folder, with or without .txt) and a passage either by its path
/// (<c>A:s6:p1:t3</c>, <c>A:s10:h</c>), by a text key (<c>{"doc": "A", "passage": "…", "grade": 3}</c>:
/// the first 16 hex digits of the SHA-256 of the passage's text, UTF-8, whitespace removed), or by
/// a text anchor, a run of the passage's text that no other passage of the document holds
/// (<c>"A:民营企业603家"</c>, or <c>{"doc": "A", "anchor": "…", "grade": 3}</c>). Keys and anchors are
/// resolved against the passages the index holds (anchors with whitespace ignored and full-width
/// forms folded); one that no passage matches, or that more than one does, is an error. Queries go to a tuning or a test half by their own
/// <c>split</c> (or <c>half</c>) field or by the file's <c>split</c> object of id lists.
/// </summary>
internal sealed partial class EvaluationSet
{
    private EvaluationSet(string name, string folder, Dictionary<string, string> documents, List<(string Id, string Kind, string Text, string Half, List<RawJudgment> Judgments)> queries)
    {
        Name = name;
        Folder = folder;
        Documents = documents;
        Raw = queries;
    }

    public string Name { get; }

    /// <summary>The folder of documents the set judges.</summary>
    public string Folder { get; }

    /// <summary>Document keys to file paths.</summary>
    public IReadOnlyDictionary<string, string> Documents { get; }

    private List<(string Id, string Kind, string Text, string Half, List<RawJudgment> Judgments)> Raw { get; }

    public int QueryCount => Raw.Count;

    /// <summary>Reads a query file judging the documents of <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidDataException">The file is malformed or names a document the folder does not have.</exception>
    public static EvaluationSet Load(string name, string queriesPath, string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(queriesPath));
        var root = json.RootElement;
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in root.GetProperty("documents").EnumerateObject())
        {
            var file = document.Value.GetString() ?? "";
            var path = new[] { file, file + ".txt" }.Select(f => Path.Combine(folder, f)).FirstOrDefault(File.Exists)
                ?? throw new InvalidDataException($"{queriesPath}: document {document.Name} ({file}) is not in {folder}.");
            documents[document.Name] = path;
        }

        var halves = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("split", out var split) && split.ValueKind == JsonValueKind.Object)
        {
            foreach (var half in split.EnumerateObject())
            {
                foreach (var id in half.Value.EnumerateArray())
                {
                    halves[id.GetString()!] = half.Name;
                }
            }
        }

        var queries = new List<(string, string, string, string, List<RawJudgment>)>();
        foreach (var query in root.GetProperty("queries").EnumerateArray())
        {
            var id = query.GetProperty("id").GetString()!;
            var half = Text(query, "split") ?? Text(query, "half") ?? halves.GetValueOrDefault(id) ?? "all";
            var judgments = Judgments(query.GetProperty("judgments"), queriesPath, id);
            var unknown = judgments.Select(j => j.Document).Where(d => !documents.ContainsKey(d)).Distinct().ToList();
            if (unknown.Count > 0)
            {
                throw new InvalidDataException($"{queriesPath}: query {id} judges unknown documents {string.Join(", ", unknown)}.");
            }

            queries.Add((id, Text(query, "kind") ?? "query", query.GetProperty("text").GetString()!, half, judgments));
        }

        return new EvaluationSet(name, folder, documents, queries);
    }

    /// <summary>
    /// The queries with their judgments resolved to passage ids: <paramref name="documentId"/> gives
    /// a document's id from its path, <paramref name="passagesOf"/> its passages (id and text).
    /// Every problem (an anchor missing or ambiguous) is listed in <paramref name="problems"/>.
    /// </summary>
    public IReadOnlyList<EvaluationQuery> Resolve(Func<string, string> documentId, Func<string, IReadOnlyList<(string Id, string Text)>> passagesOf, List<string> problems)
    {
        var passages = new Dictionary<string, IReadOnlyList<(string Id, string Text)>>(StringComparer.Ordinal);
        var resolved = new List<EvaluationQuery>();
        foreach (var (id, kind, text, half, judgments) in Raw)
        {
            var grades = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var judgment in judgments)
            {
                var document = documentId(Documents[judgment.Document]);
                if (judgment.Path is { } path)
                {
                    grades[document + ":" + path] = judgment.Grade;
                    continue;
                }

                if (!passages.TryGetValue(document, out var list))
                {
                    passages[document] = list = passagesOf(document);
                }

                var what = judgment.Key is { } key ? $"the text key {key}" : $"the anchor '{judgment.Anchor}'";
                var anchor = judgment.Key is null ? Folded(judgment.Anchor!) : null;
                var holders = list.Where(p => anchor is null ? TextKey(p.Text) == judgment.Key : Folded(p.Text).Contains(anchor, StringComparison.Ordinal)).ToList();
                switch (holders.Count)
                {
                    case 0:
                        problems.Add($"{Name} {id}: no passage of {judgment.Document} matches {what}");
                        break;
                    case > 1:
                        problems.Add($"{Name} {id}: {holders.Count} passages of {judgment.Document} match {what} ({string.Join(", ", holders.Take(3).Select(h => h.Id[(document.Length + 1)..]))})");
                        break;
                    default:
                        grades[holders[0].Id] = Math.Max(judgment.Grade, grades.GetValueOrDefault(holders[0].Id));
                        break;
                }
            }

            resolved.Add(new EvaluationQuery(Name, id, kind, text, half, grades));
        }

        return resolved;
    }

    private static List<RawJudgment> Judgments(JsonElement element, string path, string query)
    {
        var judgments = new List<RawJudgment>();
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var judgment in element.EnumerateObject())
            {
                var colon = judgment.Name.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    throw new InvalidDataException($"{path}: query {query}: judgment '{judgment.Name}' is not DOCUMENT:PATH or DOCUMENT:ANCHOR.");
                }

                var (document, rest) = (judgment.Name[..colon], judgment.Name[(colon + 1)..]);
                judgments.Add(PassagePath().IsMatch(rest)
                    ? new RawJudgment(document, rest, null, judgment.Value.GetInt32())
                    : new RawJudgment(document, null, rest, judgment.Value.GetInt32()));
            }
        }
        else
        {
            foreach (var judgment in element.EnumerateArray())
            {
                var document = Text(judgment, "document") ?? Text(judgment, "doc") ?? throw new InvalidDataException($"{path}: query {query}: a judgment names no document.");
                var grade = judgment.TryGetProperty("grade", out var g) ? g.GetInt32() : throw new InvalidDataException($"{path}: query {query}: a judgment has no grade.");
                // A text key (or an anchor) names the passage; the path, when given beside one, is only a hint.
                var key = Text(judgment, "passage") is { } k && TextKeyPattern().IsMatch(k) ? k.ToLowerInvariant() : null;
                var anchor = Text(judgment, "anchor") ?? Text(judgment, "text");
                var passage = key is null && string.IsNullOrWhiteSpace(anchor) ? Text(judgment, "path") ?? Text(judgment, "passage") : null;
                if (key is null && passage is null && string.IsNullOrWhiteSpace(anchor))
                {
                    throw new InvalidDataException($"{path}: query {query}: a judgment of {document} names no passage (text key, anchor or path).");
                }

                judgments.Add(new RawJudgment(document, passage, key is null && passage is null ? anchor : null, grade, key));
            }
        }

        return judgments;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Whitespace dropped and full-width ASCII folded, so an anchor copied from the file finds the repaired sentence.
    private static string Folded(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }

        return builder.ToString();
    }

    /// <summary>The text key of a passage: the first 16 hex digits of the SHA-256 of its text (UTF-8), whitespace removed.</summary>
    public static string TextKey(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Concat(text.Where(c => !char.IsWhiteSpace(c))));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16];
    }

    [GeneratedRegex("^[0-9a-fA-F]{16}$")]
    private static partial Regex TextKeyPattern();

    [GeneratedRegex(@"^s\d+(?::p\d+:t\d+|:h|:p\d+)?(?::[a-z]\d+)*$")]
    private static partial Regex PassagePath();
}
