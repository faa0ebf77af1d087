using KnowledgeGraph.Benchmarks;

// Measurements of the segmenter against its reference peer, Debian's python3-jieba.
// Each command prints its figures; see README.md beside this file.
return args switch
{
    ["agreement", .. var rest] => SegmenterAgreement.Run(Arguments.Parse(rest)),
    ["speed", .. var rest] => SegmenterSpeed.Run(Arguments.Parse(rest)),
    ["sighan", .. var rest] => SighanEvaluation.Run(Arguments.Parse(rest)),
    ["extraction", .. var rest] => ExtractionSpeed.Run(Arguments.Parse(rest)),
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
        """);
    return 2;
}
