using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeGraph.Core.Search;

/// <summary>How the searches put a word and a request into Lucene queries: the forms a word is found in, and the filters.</summary>
public sealed partial class PassageSearcher
{
    /// <summary>
    /// A word as the words field has it, or as the run of its bigrams, so that a word the
    /// segmenter cut differently in a passage is still found; null when the analyzers make
    /// nothing of it. The lexical and the hybrid search match words this one way.
    /// </summary>
    internal static Query? WordQuery(Analyzer analyzer, string word)
    {
        var forms = WordForms(analyzer, word);
        if (forms.Count == 0)
        {
            return null;
        }

        var either = new BooleanQuery();
        foreach (var form in forms)
        {
            either.Add(form, Occur.SHOULD);
        }

        return either;
    }

    /// <summary>
    /// The words field's term for the whole of <paramref name="word"/> (folded as the field folds
    /// it), or null when the analyzer makes no single token of it. Search mode also gives a long
    /// word's parts (委员为民服务超市 → 委员, 服务 …): a part is not the word.
    /// </summary>
    internal static string? WholeWord(Analyzer analyzer, string word)
    {
        var length = word.Trim().Length;
        return Tokens(analyzer, PassageFields.Words, word).Select(t => t.Term).FirstOrDefault(t => t.Length == length);
    }

    /// <summary>The two forms <see cref="WordQuery"/> finds a word in: the words field's term, and the run of its bigrams (or its one bigram).</summary>
    internal static IReadOnlyList<Query> WordForms(Analyzer analyzer, string word)
    {
        var folded = WholeWord(analyzer, word);
        var bigrams = Tokens(analyzer, PassageFields.Bigrams, word);
        var forms = new List<Query>(2);
        if (folded is not null)
        {
            forms.Add(new TermQuery(new Term(PassageFields.Words, folded)));
        }

        if (bigrams.Count == 1 && bigrams[0].Term != folded)
        {
            forms.Add(new TermQuery(new Term(PassageFields.Bigrams, bigrams[0].Term)));
        }
        else if (bigrams.Count > 1)
        {
            var phrase = new PhraseQuery();
            foreach (var (term, position) in bigrams)
            {
                phrase.Add(new Term(PassageFields.Bigrams, term), position);
            }

            forms.Add(phrase);
        }

        return forms;
    }

    /// <summary>The terms <paramref name="analyzer"/> makes of <paramref name="text"/> for <paramref name="field"/>, with their positions.</summary>
    internal static List<(string Term, int Position)> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }

        stream.End();
        return tokens;
    }

    /// <summary>The query restricted to the request's filters (city, province, committee, year, entity type, entity).</summary>
    internal static Query Filter(Query query, SearchRequest request) =>
        Filters(request) is { } filters ? new FilteredQuery(query, new QueryWrapperFilter(filters)) : query;

    /// <summary>The request's filters as one query that every one of them must match, or null when it has none.</summary>
    internal static Query? Filters(SearchRequest request)
    {
        var filters = new BooleanQuery();
        void Exact(string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                filters.Add(new TermQuery(new Term(field, value.Trim())), Occur.MUST);
            }
        }

        Exact(PassageFields.City, request.City);
        Exact(PassageFields.Province, request.Province);
        Exact(PassageFields.Committee, request.Committee);
        Exact(PassageFields.EntityTypes, request.EntityType);
        Exact(PassageFields.EntityIds, request.EntityId);
        if (request.Year is { } year)
        {
            filters.Add(NumericRangeQuery.NewInt32Range(PassageFields.Year, year, year, true, true), Occur.MUST);
        }

        return filters.Clauses.Count == 0 ? null : filters;
    }
}
