using KnowledgeGraph.Benchmarks;
using KnowledgeGraph.Benchmarks.WebPages;
using KnowledgeGraph.Core;

// Measurements: the segmenter against its reference peer (Debian's python3-jieba), extraction,
// ingest and graph-write throughput, the API's latency, how saved web pages read, and how PDF and
// Word files read against their text.
// Each command prints its figures; see README.md beside this file. A wrong option is answered with
// its message and the usage, not a stack trace.
RegexTimeouts.Install();

if (args is [] or [_, "--help" or "-h"] or ["--help" or "-h", ..])
{
    return Usage();
}

try
{
    return Run(args);
}
catch (ArgumentException e) when (e.GetType() == typeof(ArgumentException))
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine("run with --help for the commands and their options");
    return 2;
}

static int Run(string[] args) => args switch
{
    ["agreement", .. var rest] => SegmenterAgreement.Run(Arguments.Parse(rest)),
    ["speed", .. var rest] => SegmenterSpeed.Run(Arguments.Parse(rest)),
    ["sighan", .. var rest] => SighanEvaluation.Run(Arguments.Parse(rest)),
    ["extraction", .. var rest] => ExtractionSpeed.Run(Arguments.Parse(rest)),
    ["extraction-eval", .. var rest] => ExtractionEvaluationCommand.Run(Arguments.Parse(rest)),
    ["related-sample", .. var rest] => RelatedSample.Run(Arguments.Parse(rest)),
    ["checks", .. var rest] => ContentCheckSpeed.Run(Arguments.Parse(rest)),
    ["corpus", .. var rest] => GenerateCorpus(Arguments.Parse(rest)),
    ["ingest", .. var rest] => IngestThroughput.Run(Arguments.Parse(rest)),
    ["ingest-once", .. var rest] => IngestThroughput.RunOnce(Arguments.Parse(rest)),
    ["graph-writes", .. var rest] => GraphWriteSpeed.Run(Arguments.Parse(rest)),
    ["associations", .. var rest] => AssociationSpeed.Run(Arguments.Parse(rest)),
    ["evaluate", .. var rest] => KnowledgeGraph.Benchmarks.Retrieval.RetrievalEvaluation.Run(Arguments.Parse(rest)),
    ["search-latency", .. var rest] => SearchLatency.Run(Arguments.Parse(rest)),
    ["web-pages", .. var rest] => WebPageReading.Run(Arguments.Parse(rest)),
    ["formats", .. var rest] => FormatFidelity.Run(Arguments.Parse(rest)),
    ["load", .. var rest] => LoadTest.Run(Arguments.Parse(rest)),
    ["search-profile", .. var rest] => KnowledgeGraph.Benchmarks.Retrieval.SearchProfile.Run(Arguments.Parse(rest)),
    ["queries", .. var rest] => KnowledgeGraph.Benchmarks.Retrieval.BenchmarkQueries.Draw(Arguments.Parse(rest)),
    ["read-query", .. var rest] => KnowledgeGraph.Benchmarks.Retrieval.QueryReading.Run(
        Arguments.Parse(rest.Where((a, i) => a.StartsWith("--", StringComparison.Ordinal) || (i > 0 && rest[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList()),
        rest.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !rest[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run -c Release --project tests/KnowledgeGraph.Benchmarks -- COMMAND [options]
          agreement [--min PERCENT]        token agreement with python3-jieba over seeds/ (default mode, HMM on)
          speed [--mb N] [--rounds N]      one-thread speed and memory, side by side with python3-jieba
          sighan [--icwb2 DIR]             word F1 on the SIGHAN 2005 PKU and MSR test sets, with jieba's
          extraction [--mb 1,5] [--rounds N]  time to extract one document of the seeds repeated to each size
          extraction --texts DIR,DIR [--rounds N]  time to extract every file of those folders, each a document
          extraction-eval --set PATH.json --texts DIR [--details tune|KEY] [--miss-kinds yes] [--half tune --format pdf --layout official|session|epaper|page] [--min issuer=0.9,Place.precision=0.93,…]
                                           extraction against annotations: fields, precision and recall by type, tune and test halves
          related-sample --texts DIR [--n 50] [--seed 11]
                                           a seeded random sample of RELATED_TO relations with their evidence sentences, for judging
          checks [--rounds 5]              what content checks and fingerprints add to loading files, against extraction
          corpus --mb N --out DIR          generate a corpus of N MB from the seeds moved to other cities
          ingest [--sizes 1,10,100] [--corpora DIR,DIR] [--rerun 0]
                                           whole ingest (graph, index, topic refresh) on generated corpora of those sizes (MB) or on
                                           given ones: MB/s, CPU seconds (and by stage), peak RSS, data-folder size, an unchanged rerun
          associations --data DIR [--passages N] [--max-pairs N]
                                           counting and learning word associations over a data folder's passages (index read only)
          graph-writes [--documents 2000]  SQLite graph writes per second, first and last 200 documents sharing hub nodes
          graph-writes --corpus DIR [--batch 128]
                                           the stores alone on a corpus extracted beforehand: graph and index seconds and sizes
          evaluate [--per-query 1] [--tune 1] [--min-gain G]
                                           nDCG@10, Recall@10, MRR of the search configurations on Evaluation/queries.json;
                                           exits 1 unless hybrid beats the bigram baseline (by G on paraphrases)
          read-query --data DIR [--hits 5] QUERY...  how each query is read (concepts, entities, expansions by source) and its first hits
          search-latency (--url URL | --data DIR) [--requests 1000] [--queries FILE] [--kinds search,lexical,city,page3,cities,ask,neighbors]
                                           API latency over loopback (p50/p90/p99) for search, answers, ask, neighbours;
                                           --data starts the Release API (dotnet build -c Release api) over DIR
          web-pages [--min-kept R] [--min-dropped R] [--min-jaccard R] [--require-metadata 1] [--smartreader 0] [--large-mb 1,4]
                                           saved article pages by CMS layout: article kept, furniture dropped, metadata,
                                           and the seeds' entity Jaccard, for HtmlLoader, SmartReader and the two combined;
                                           time per page, and for one large page
          formats [--corpus DIR] [--documents 5] [--min-jaccard J]
                                           PDF and Word files made from the seeds and the first documents of DIR by Chromium,
                                           LibreOffice and pandoc, read against their text: entity Jaccard, passages, folded glyphs
          search-profile --data DIR [--rounds 5] [--per-query 1] [--queries FILE] [--dump FILE]
          queries --data DIR --out FILE [--n 1000] [--seed 7]
                                           in-process time of each stage of a search (reading, ranking, reordering, page)
          load (--url URL | --data DIR) [--connections 64] [--seconds 30] [--kinds search,cities,lexical] [--queries FILE]
                                           throughput as wrk measures it: requests/s, latency, errors; exits 1 on any error
        """);
    return 2;
}

static int GenerateCorpus(Arguments args)
{
    var folder = args.Get("out") ?? throw new ArgumentException("--out DIR is required");
    var bytes = CorpusGenerator.Generate(folder, args.Number("mb", 10));
    Console.WriteLine($"{bytes / 1048576.0:F1} MB written under {folder}");
    return 0;
}
