using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>Which verb governs a count: the counting verb before it, of coordinated verbs the first, or a verb right after the counted noun.</summary>
internal sealed partial class FigureReader
{
    // Verbs whose count may follow them as a relative clause (领衔督办的6个重点提案, 经审查立案的190件提案): a committee's own actions.
    // A committee's filed or received total (立案的, 收到的, 受理的) only as what the clause goes on to tell of, not inside a
    // frame (从…收到的1596件提案中脱颖而出, 在…立案的32件提案中: one picked out of them).
    private static readonly HashSet<string> TotalRelativeVerbs = ["立案", "收到", "受理"];

    private static bool InFrame(string before, string verb, int at) =>
        TotalRelativeVerbs.Contains(verb) && (before.AsSpan(0, at).Contains('从') || before.TrimStart().StartsWith('在'));

    // 收到的提案有120件, 经审查立案的有290件, 他带来的提案共有4件: the relative clause is the subject and 有 tells its count (not a
    // part of it: 收到的提案中有12件, 里有; nor what then happened to some: 收到的提案经审查有30件提案立案). The caller asks only when
    // the count closes its clause (not 提交的提案有30件被列为重点提案, 立案的提案有215件已经办复).
    // With a total's word before the verb (共承接督办的政协委员提案26件), the count right after the noun tells the total too.
    private static bool TotalToldAfter(string before, int from, bool totalBefore = false)
    {
        var rest = before.AsSpan(from).TrimEnd();
        if (!rest.EndsWith("有") && !(totalBefore && rest.Length >= 2 && !TellsLaterStep(rest) && !IsOnlyFigure(rest.ToString())))
        {
            return false;
        }

        rest = rest.EndsWith("有") ? rest[..^1] : rest;
        foreach (var total in (ReadOnlySpan<string>)["共计", "总共", "一共", "合计", "共"])
        {
            if (rest.EndsWith(total, StringComparison.Ordinal))
            {
                rest = rest[..^total.Length];
                break;
            }
        }

        return rest.Length <= 8 && !rest.EndsWith("中") && !rest.EndsWith("里") && !rest.EndsWith("内") && rest.IndexOfAny('其', '经') < 0 && IsHanOrQuote(rest);
    }

    private static bool IsHanOrQuote(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is not (>= '\u4e00' and <= '\u9fff' or '“' or '”'))
            {
                return false;
            }
        }

        return true;
    }

    // 共督办的, 累计承接协调督办的: a total's word before the verb, or before verbs joined to it (not another counting verb
    // with its object: 共收到各界别报送的提案, where 报送 tells who sent them). Not the 共 of 中共, 公共, 共同, 共青团, nor a
    // clause opened by 其中 (a part).
    private bool TotalBefore(string before, int verbAt)
    {
        var head = before.AsSpan(0, verbAt);
        if (head.TrimStart().StartsWith("其中"))
        {
            return false;
        }

        for (var k = 0; k <= 4 && k < head.Length; k++)
        {
            var rest = head[..^k];
            if (rest.EndsWith("累计") || rest.EndsWith("共") && !(rest.Length > 1 && rest[^2] is '中' or '公') && !(k > 0 && head[^k] is '同' or '青' or '建' or '享' or '产'))
            {
                var between = head[^k..].ToString();
                return IsHanOrQuote(between) && !cues.CountVerbs.Any(v => between.Contains(v, StringComparison.Ordinal));
            }
        }

        return false;
    }

    // Words after 的 telling a later step or a judgement of what the verb counted (累计督办的提案已办结18件), not its total.
    private static readonly string[] LaterStepWords = ["已", "被", "获", "均", "全部", "办结", "办复", "中"];

    private static bool TellsLaterStep(ReadOnlySpan<char> rest)
    {
        foreach (var word in LaterStepWords)
        {
            if (rest.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> RelativeVerbs = ["督办", "确定", "立案", "收到", "受理", "走访", "调研", "视察", "考察", "提出", "提交", "递交", "提报", "带来", "征集", "收集", "报送", "组织", "开展", "举办", "成立", "建立", "建成", "组建", "创建", "设立"];

    // Verbs that count only with their object after them (共建设委员工作室近3000个), never as the noun of a
    // project or a cause (项目建设12个, 推进…建设).
    private static readonly HashSet<string> ObjectFirstVerbs = ["建设"];

    private static bool TakesObjectOfItsOwn(UnitReading reading, int clauseStart, string before, int at, int end) =>
        end < before.TrimEnd().Length && !IsNounEnd(reading, clauseStart + at) && reading.Unit.Tokens.Any(t => t.Start == clauseStart + at && t.End == clauseStart + end);

    // 就22个提案与承办单位面对面进行协商, 对10件重点提案同相关部门一起督办: after a count the committee acts on (就, 对 before it),
    // whom it acts with stands between the count and its verb; the verb is the first word after them that counts.
    // The partner may follow the noun (nounEnd) or the list of counts; with none, the position after that list (afterList).
    private int PastPartner(UnitReading reading, string before, int nounEnd, int afterList, int clauseEnd)
    {
        var text = reading.Text;
        var at = nounEnd < clauseEnd && text[nounEnd] is '与' or '同' or '跟' ? nounEnd : afterList;
        if (at >= clauseEnd || text[at] is not ('与' or '同' or '跟') || before.TrimEnd() is not [.., '就' or '对'])
        {
            return afterList;
        }

        for (var p = at + 2; p < Math.Min(at + 16, clauseEnd); p++)
        {
            if (text[p] is < '\u4e00' or > '\u9fff')
            {
                break;
            }

            if (reading.Unit.IsWordBoundary(p) && VerbAfter(reading, p, clauseEnd) is { } verb)
            {
                return verb;
            }
        }

        return afterList;
    }

    // A counting verb that opens right at `at` (after the counted noun), as a word of the sentence; one that
    // ends the clause only when it tells a result (40件实事解决), not taking part (30家企业参加). 进行 or 予以 followed by
    // an activity's word (对6件提案进行重点督办, 就三个重点提案进行协商座谈, 对20件优秀提案予以表彰) stands for that activity.
    private int? VerbAfter(UnitReading reading, int at, int clauseEnd) =>
        DoneAsActivity(reading.Text, at, clauseEnd) ? at : CountingVerbAfter(reading, at, clauseEnd);

    private static readonly string[] ConductVerbs = ["进行", "予以"];

    private static bool IsConductVerb(string word) => ConductVerbs.Contains(word);

    // 589件提案已全部办理完毕: proposals are handled by the bodies they went to, never a step of the committee's after the count.
    private const string Handled = "办理";

    // The activity's word follows closely (进行了现场协商督办), not at the end of a longer object.
    private bool DoneAsActivity(string text, int at, int clauseEnd) =>
        ConductVerbs.FirstOrDefault(v => at + v.Length < clauseEnd && string.CompareOrdinal(text, at, v, 0, v.Length) == 0) is { } conduct
        && cues.KindOf(text[(at + conduct.Length)..Math.Min(clauseEnd, at + conduct.Length + 8)]) is not null;

    private int? CountingVerbAfter(UnitReading reading, int at, int clauseEnd) =>
        at < clauseEnd && reading.Unit.IsWordBoundary(at) && !IsOrganisationNoun(reading.Text, at, clauseEnd)
            && cues.CountVerbs.Any(v => string.CompareOrdinal(reading.Text, at, v, 0, v.Length) == 0 && at + v.Length <= clauseEnd
                && (at + v.Length == clauseEnd ? !cues.GeneralVerbs.Contains(v) && !OthersAnswers.Contains(v) : reading.Text[at + v.Length] != '的')
                && (v.Length > 1 || IsWholeWord(reading, at, 1)) && !ObjectFirstVerbs.Contains(v) && v != Handled && v != Brought)
            ? at
            : null;

    // 立案412件，作委员建议处理的提案24件 / 合并处理70件: a verb of its own before the count tells another step, which takes
    // no verb from the clause before. Not a paper's noun the segmenter tags as a verb (平时提案24件), an activity's word, or a
    // verb inside a noun (个人和联名提案25件).
    private bool NamesItsOwnStep(UnitReading reading, int from, int to)
    {
        var tokens = reading.Unit.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Start < from || token.End > to || token.Tag != "v" || DocumentNouns.Contains(token.Word) || cues.KindNamed(token.Word) is not null)
            {
                continue;
            }

            if (k + 1 < tokens.Count && tokens[k + 1].Start == token.End && tokens[k + 1].End <= to
                && (tokens[k + 1].Tag.StartsWith('n') || tokens[k + 1].Tag == "vn" || DocumentNouns.Contains(tokens[k + 1].Word)))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    // 为59户困难家庭送上棉被: what is brought to households or people counted before the verb is a visit of care.
    private static string KindOfGiving(string verb) => verb is "送上" or "送去" ? "慰问" : verb;

    // 10个市县政协组织和19个委员工作室: 组织 after 政协 or 党, or before 和/、/等, is an organisation, not a verb.
    private static bool IsOrganisationNoun(string text, int at, int clauseEnd) =>
        string.CompareOrdinal(text, at, "组织", 0, 2) == 0
        && ((at >= 2 && string.CompareOrdinal(text, at - 2, "政协", 0, 2) == 0) || (at >= 1 && text[at - 1] == '党')
            || (at + 2 < clauseEnd && "和、及等".Contains(text[at + 2], StringComparison.Ordinal)));

    // Of verbs joined by 、 before the count (收集、报送社情民意信息17条), the first.
    private string FirstOfCoordinated(string before, (string Verb, int Start, int End) verb)
    {
        var first = verb.Verb;
        var at = verb.Start;
        while (at > 1 && before[at - 1] == '、')
        {
            var previous = cues.CountVerbs.Where(v => v.Length <= at - 1 && string.CompareOrdinal(before, at - 1 - v.Length, v, 0, v.Length) == 0).MaxBy(v => v.Length);
            if (previous is null)
            {
                break;
            }

            first = previous;
            at -= 1 + previous.Length;
        }

        return first;
    }

    // A word before a verb that makes it a noun joined to another (情况反映和意见建议) or closing a list (基地建设等): a noun of the sentence.
    private static bool IsNounEnd(UnitReading reading, int verbAt) =>
        reading.Unit.Tokens.LastOrDefault(t => t.End == verbAt) is { } previous && previous.Tag.StartsWith('n');

    // A verb followed by one of these is the head of a noun (社情民意征集点, 调研组, 宣讲团), not the clause's verb.
    private const string NounSuffixes = "点站室组团员处";

    // The action verb the count belongs to: the last one before it that does not start a list
    // (开展主席走访、委员视察、专题调研15次: 开展); an activity word right before the figure gives way
    // to a general verb before it in the clause (开展视察调研56次: 开展).
    // Whether the text ends with one of the marks (ordinal); a loop rather than a closure per verb found.
    private static bool EndsWithAny(ReadOnlySpan<char> text, string[] marks)
    {
        foreach (var mark in marks)
        {
            if (text.EndsWith(mark, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // 报送调研报告8篇: the report a survey wrote, no survey (举办报告会3场, 形成报告15篇 keep their verb).
    private bool SurveyReport(string verb, ReadOnlySpan<char> after) =>
        after.StartsWith("报告") && (cues.SurveyVerbs.Contains(verb) || verb == "考察");

    // 走访单位16个: units visited and counted, where 调研单位 or 提出单位 before more words names who did something.
    private static bool VisitsUnits(string verb, ReadOnlySpan<char> after) =>
        verb is "走访" or "拜访" or "视察" or "考察" or "慰问" && after.TrimEnd().SequenceEqual("单位");

    private (string Verb, int Start, int End)? CountedVerb(UnitReading reading, int clauseStart, string before, bool closesClause)
    {
        var found = new List<(string Verb, int Start, int End)>();
        foreach (var verb in cues.CountVerbs)
        {
            for (var at = before.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = before.IndexOf(verb, at + 1, StringComparison.Ordinal))
            {
                var end = at + verb.Length;

                // A verb is a word of the sentence (not 组成 in 党组成员), not a modifier (发布的, 组织的),
                // not a passive outcome (得到解决, 获采纳).
                if (reading.Unit.IsWordBoundary(clauseStart + at) && (verb.Length > 1 || IsWholeWord(reading, clauseStart + at, 1)) && (end == before.Length || before[end] != '的' || ((end + 1 == before.TrimEnd().Length || (closesClause && TotalToldAfter(before, end + 1, TotalBefore(before, at)))) && RelativeVerbs.Contains(verb) && !InFrame(before, verb, at)))
                    && (end == before.Length || !NounSuffixes.Contains(before[end])) && (!before.AsSpan(end).StartsWith("单位") || VisitsUnits(verb, before.AsSpan(end))) && !SurveyReport(verb, before.AsSpan(end)) && !LocativeAfter(reading, clauseStart + end)
                    && (end == before.Length || before[end] is not ('和' or '及' or '等') || at == 0 || !IsNounEnd(reading, clauseStart + at))
                    && !EndsWithAny(before.AsSpan(0, at), cues.PassiveMarks) && (!ObjectFirstVerbs.Contains(verb) || TakesObjectOfItsOwn(reading, clauseStart, before, at, end)))
                {
                    found.Add((verb, at, end));
                }
            }
        }

        if (found.Count == 0)
        {
            return null;
        }

        // Longest verb first at equal ends (组织开展 over 开展), then the last that is not an item of a
        // list of activities (走访、视察、…).
        var ordered = found.OrderBy(f => f.End).ThenBy(f => f.Verb.Length).ToList();
        var chosen = ordered.LastOrDefault(f => f.End >= before.Length || before[f.End] != '、');
        if (chosen.Verb is null)
        {
            return ordered.MinBy(f => f.Start);
        }

        if (chosen.End == before.TrimEnd().Length && !cues.GeneralVerbs.Contains(chosen.Verb)
            && ordered.LastOrDefault(f => f.End <= chosen.Start && cues.GeneralVerbs.Contains(f.Verb)) is { Verb: not null } general)
        {
            return general;
        }

        return chosen;
    }

    // A one-character verb inside a noun is none: 提 of 集体提案, 办 of 办公室.
    private bool HasCountVerb(string text) => cues.CountVerbs.Any(v => v.Length > 1 ? text.Contains(v, StringComparison.Ordinal) : StandsAlone(text, v[0]));

    private static bool StandsAlone(string text, char verb)
    {
        for (var at = text.IndexOf(verb); at >= 0; at = text.IndexOf(verb, at + 1))
        {
            if (at + 1 >= text.Length || text[at + 1] is not ('案' or '公'))
            {
                return true;
            }
        }

        return false;
    }
}
