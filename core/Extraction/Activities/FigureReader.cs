using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Vocabulary;

namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>
/// Counted activities: a figure and a counting unit (603家, 19次, 4个, 1648条, 四个) that an action
/// verb of the clause governs (<c>activities.countVerbs</c>: 走访民营企业603家, 共走访534家民营企业,
/// 组成4个走访组, 共收集问题18个, 提出提案4790件, 经审查立案4299件, 帮助群众解决问题210件, 开展学习研讨19次).
/// </summary>
/// <remarks>
/// <para>The verb is the last one before the figure that starts no list (开展主席走访、委员视察、专题调研15次:
/// 开展); an activity word right before the figure gives way to a general verb that governs it in the
/// same clause (开展视察调研56次: 开展, object 视察调研). Without a verb a count of 次, 场, 期 or 项 is still
/// an activity when what it counts is one (专题党课12场). The object is what lies between the verb and
/// the figure, or the noun after the unit (534家民营企业). The kind is the verb's (走访, 征集, 提出, 立案,
/// 解决, 组成 …), or for a general verb (开展, 组织, 举办 …) the kind of the object.</para>
/// <para>Not counted: ordinals (第十三期, 十三届三次会议), figures inside quotes, and clauses whose actor is
/// someone else (县委、县政府…, 承办单位…). Chinese numerals count from two (两次, 四个, 三十余件).
/// Figures no activity takes (收集问题建议1648条 after a visit it measures) are kept as the metrics of
/// the activity before them.</para>
/// </remarks>
internal sealed partial class FigureReader(ActivityCues cues)
{
    // Verbs that start a new predicate after a counted noun (5个重点提案|开展评议), never part of it.
    private static readonly HashSet<string> ClauseVerbs = ["开展", "召开", "举办", "举行", "进行"];

    private static readonly string[] Outcomes = ["采纳", "采用", "实施", "落实", "转化", "办结", "办复", "答复", "批示", "解决"];

    // Words that close a counted noun phrase without being part of it (12个联络组全部组建完毕).
    private static readonly HashSet<string> Quantifiers = ["全部", "全都", "均", "都", "已", "已经"];

    private static readonly string[] OthersAnswers = ["答复", "回复", "批示", "反馈"];

    public void Find(UnitReading reading, List<ActivityTrigger> triggers)
    {
        NotePlanHeading(reading);
        var text = reading.Text;
        (string Verb, int Clause, string Object, string Unit)? lastVerb = null;
        var figures = Figures(text).ToList();
        var plannedClauses = new Dictionary<int, bool>();
        foreach (var (index, length, value, unit) in figures)
        {
            if (reading.Unit.QuoteAt(index) is { } insideQuote && insideQuote.Open < index)
            {
                continue;
            }

            var (clauseStart, clauseEnd) = reading.Unit.ClauseAt(index);
            if (InBreakdown(reading, index, unit) || SumsToTotalBefore(reading, figures, index))
            {
                // 其中委员提案3836件, 其中七届二次会议受理…: a breakdown of a total given before.
                continue;
            }

            if (IsDuration(text, index + length, unit) || IsNumeralSlogan(text, index, index + length) || IsNamedRules(text, index, index + length, unit)
                || InTopicList(text, clauseStart, index))
            {
                // 为期4个月的专项监督, 聚焦三个一工程: a span of time and a slogan count no step.
                continue;
            }

            if ((IsShare(text, index + length) && !FiledCount(text, clauseStart, index)) || IsOneOf(text, index + length, clauseEnd) || Modifies(reading, index + length, clauseEnd, figures) || FramesParts(text, index + length, clauseEnd, unit)
                || PartOfTotalAfter(text, clauseEnd, unit))
            {
                // 正在解决的302件，占45.4%: a share of a total; 收到27个单位选送的作品113件: the figure of a
                // modifier, the count being the later one.
                continue;
            }

            if (TakesPart(text, clauseStart, clauseEnd, index) || PointsBack(text, index) || TakenUpAgain(reading, clauseStart, index, value, unit) || IsSubjectPart(text, clauseStart, index, index + length)
                || CountsRecipients(text, clauseStart, index))
            {
                // 召开3场有13所院校、22家企业负责人等参加的座谈会: those taking part, not steps; 这两件提案交办后: a count
                // pointed back to; 围绕…方面提出提案58件，占立案总数的49.15%: a part of a total; 交由56家部门办理: where
                // proposals went.
                continue;
            }

            var before = text[clauseStart..index];
            var unquotedBefore = WithoutQuotedText(reading, clauseStart, index);
            var verbAt = CountedVerb(reading, clauseStart, unquotedBefore, ClosesClause(text, index + length, clauseEnd));
            if (verbAt is { } planned && Planned(reading, clauseStart, before, planned) || IsAverage(unquotedBefore, value) || UnderPlanHeading(reading, clauseStart)
                || ContinuesPlan(reading, clauseStart, before, verbAt, plannedClauses))
            {
                // 将开展专题调研8次，视察5次, 人均提交提案3件，参加活动8次: a plan or an average, and the clauses that go on with it.
                plannedClauses.TryAdd(clauseStart, IsAverage(unquotedBefore, value) || ContinuedAverage(reading, clauseStart, plannedClauses));
                continue;
            }

            if (verbAt is { } negated && Negated(before, negated.Start)
                || verbAt is { } relative && GovernedByOtherVerb(reading, unquotedBefore, relative.End, index))
            {
                // 不予立案8件: what was not done; 参加会议的委员分成七个组: the figure is another verb's.
                continue;
            }

            if (IsOutcomeShare(text, index + length, verbAt) || ItemsOfMeeting(verbAt, before, unit))
            {
                continue;
            }

            if (FrequencyOrMerged(before, unquotedBefore, YearlyVolume(text, index, length, value)) || ComparedOrRestated(before) || IsAdoptedElsewhere(reading, clauseStart, before, verbAt) || HandlingInProgress(before, verbAt) || IsHandlingOutcome(before)
                || HandledByOthers(before, verbAt))
            {
                continue;
            }

            // 帮助10多家企业|解决资金问题: those helped are counted, what they were helped to is not their name.
            var nounFrom = AttendedBy(text, index + length, clauseEnd) ?? index + length;
            var afterNoun = Noun(reading, nounFrom, clauseEnd, verbAt is null || verbAt.Value.Verb == "帮助", withoutVerb: verbAt is null);
            var keyProposals = verbAt is null && unit is "件" or "项" or "个" && !Foreseen(before) ? KeyProposalsAfter(text, index + length, clauseEnd) : null;
            if (verbAt is null && Enumerates(text, nounFrom + afterNoun.Length))
            {
                // 五个平台分别是…: a count that opens a list of what it counts, no step.
                continue;
            }

            if (verbAt is null && keyProposals is null && (IsPassiveOutcome(text, index + length, clauseEnd) || IsGroupName(text, index, unit))
                || verbAt is { } named && afterNoun.Length > 0 && before[named.End..].Trim().Length > 0 && IsGroupName(text, index, unit))
            {
                // 25篇调研报告获领导批示, 36项协商成果转化为举措: others' response to outputs; 特邀1组, 召开…联络四组联席会: a
                // group's name (inside a meeting's, after the verb and a noun; 组建三组调研小组 forms groups).
                continue;
            }

            if (verbAt is { } leading && cues.GeneralVerbs.Contains(leading.Verb) && before.AsSpan(leading.End).Contains('对')
                && VerbAfter(reading, AfterCountList(text, nounFrom + afterNoun.Length, clauseEnd), clauseEnd) is not null)
            {
                // 组织委员对80多家企业开展走访: 组织 governs the members; the count is the object of the verb after it.
                verbAt = null;
            }

            if (verbAt is { } inTopics && TopicWords.Any(w => unquotedBefore.AsSpan(0, inTopics.Start).TrimStart().StartsWith(w, StringComparison.Ordinal))
                && VerbAfter(reading, AfterCountList(text, nounFrom + afterNoun.Length, clauseEnd), clauseEnd) is not null)
            {
                // 围绕…充电设施配套建设、“…”5个课题开展对口协商: a verb inside the topics after 围绕 names a topic; the
                // count is the object of the verb after it.
                verbAt = null;
            }

            var objectFrom = verbAt is { } v ? v.End : 0;
            var objectRaw = before[objectFrom..];
            if (verbAt is not null && IsOnlyFigure(objectRaw))
            {
                // 编发6期21条: the second count measures the first (items in the issues), no step of its own.
                continue;
            }

            var (objectOpen, objectOffset) = AfterCoordinatedVerbs(objectRaw.Trim(), reading, clauseStart + objectFrom + (objectRaw.Length - objectRaw.TrimStart().Length));
            if (verbAt is null)
            {
                (objectOpen, objectOffset) = AfterCommitteeAndVerb(objectOpen, reading, objectOffset);
            }

            var beforeObject = AfterQuotedTitles(ListItem(StripLeading(objectOpen, ["全年", "共", "累计", "各类", "向", "为", "对", "了", "到", "的"], reading, objectOffset)));
            if (verbAt is { Verb: [.., '选'] } && beforeObject.Length > 0 && beforeObject[0] == '出')
            {
                // 遴选出…信息30篇, 遴选出10件…提案: the verb's complement, not what was chosen (then named after the count).
                beforeObject = beforeObject[1..];
            }

            var toldFrom = -1;
            if (verbAt is { } told && told.End < before.Length && before[told.End] == '的' && ClosesClause(text, index + length, clauseEnd) && TotalToldAfter(before, told.End + 1, TotalBefore(before, told.Start)))
            {
                // 收到的提案共有120件: what is counted is the noun before 有, and the span runs from the verb; 计划走访的企业有30家 is a plan.
                if (PlanMarks.Any(m => before.AsSpan(0, told.Start).TrimEnd().EndsWith(m, StringComparison.Ordinal)))
                {
                    continue;
                }

                beforeObject = beforeObject.TrimEnd('有').TrimEnd(TotalWords);
                toldFrom = clauseStart + told.Start;
            }

            if (unit is "名" or "人" || CountsPeopleTakingPart(unit, beforeObject, verbAt?.Verb) || BySubject(before, beforeObject, text, index + length) || (verbAt is not null && CountsOthersResponse(beforeObject))
                || (verbAt is { Verb: "采用" } taken && CountsOthersResponse(before[..Math.Min(taken.End, before.Length)])))
            {
                // 共30余人, 24名委员: counts of people, not of actions.
                continue;
            }

            if (verbAt is null && keyProposals is null && lastVerb is { } shared && shared.Clause == PreviousClause(reading, clauseStart) && !NamesOwnActivity(shared.Verb, beforeObject, unit)
                && !NamesItsOwnStep(reading, index - beforeObject.Length, index)
                && (index == clauseStart || SameHead(beforeObject, shared.Object)
                    || ((unit == shared.Unit || BothPutForward(KindOfVerb(shared.Verb), shared.Object, beforeObject)) && index + length == clauseEnd && afterNoun.Length == 0 && IsThing(beforeObject))))
            {
                // 组织开展10个课题专题调研，43项视察活动; 共提交大会提案950件，平时提案24件; 建成工作站46个，
                // 工作室16个: a clause that is only a count, a count of the same thing, or a thing and its
                // count in the same unit, shares the verb before it.
                verbAt = (shared.Verb, 0, 0);
                beforeObject = ListItem(before.Trim());
            }

            if (Ordinal(text, index, index + length, unit) || cues.NotCounted.Any(n => afterNoun.StartsWith(n, StringComparison.Ordinal)) || IsFieldPart(reading, clauseStart, index, value, unit, verbAt?.Verb)
                || CountsNoAction(beforeObject, afterNoun, text[(index + length)..clauseEnd], verbAt?.Verb))
            {
                // 二次会议 is a session; 四个方面 is an outline; 六项议程 and 4次掌声 are a meeting's items and its applause; 在社会建设方面提出提案85件
                // after 共提出提案228件 a part of the total.
                continue;
            }

            if ((verbAt is null || verbAt.Value.Verb == "收到") && OthersAnswers.Any(a => (afterNoun + beforeObject).Contains(a, StringComparison.Ordinal)))
            {
                // 收到部门答复7件: what others sent back is their output, not the committee's action.
                continue;
            }

            if (beforeObject is "的" or "了" or "过" or "有" or "共有" || beforeObject.EndsWith("通过", StringComparison.Ordinal) || beforeObject.EndsWith("经过", StringComparison.Ordinal))
            {
                // 领衔督办的6个重点提案, 举行了6场…活动, 通过260余次党组会议: what is counted follows.
                beforeObject = "";
            }

            // 提出《关于…的建议》和《关于…的建议》两件提案: titles named before the count are examples of what it counts.
            var useAfter = afterNoun.Length > 0 && (beforeObject.Length == 0 || beforeObject.EndsWith('等') || beforeObject.EndsWith('》'));
            var objectText = WithoutQuotes(useAfter ? afterNoun : beforeObject.Length > 0 ? beforeObject : afterNoun);
            string? kind;
            if (verbAt is { } verb)
            {
                // The verb's kind (走访, 征集, 立案, 开展); of verbs joined by 、 (收集、报送), the first.
                var first = FirstOfCoordinated(before, verb);
                if (ReportsNoInformation(verb.Verb, objectText))
                {
                    continue;
                }

                kind = KindConducted(KindOfObject(KindOfVerb(first), objectText), objectText);
                if (SplitIntoGroups(text, clauseStart, index, GroupOf(afterNoun)))
                {
                    // 组织120余名委员分成8个小组(深入镇办…): those the verb governs split into groups, which is groups formed.
                    kind = "组成";
                    useAfter = true;
                    objectText = GroupOf(afterNoun);
                }

                if (objectText.Length == 0 && verb.End > 0 && verb.End == before.TrimEnd().Length && PlaceGoneTo(reading, clauseStart + verb.Start) is { } place)
                {
                    // 深入基层调研36次: the place gone to names the activity with its word (基层调研).
                    objectText = place + verb.Verb;
                }

                if (objectText.Length == 0 && cues.ImpliedObjects.FirstOrDefault(o => o.Kind == kind) is { } implied)
                {
                    // 经审查立案4299件: what is filed is proposals.
                    objectText = implied.Object;
                }
            }
            else if (keyProposals is { } key)
            {
                // 4项提案被列为重点提案: the committee picked them (or its leaders followed them up).
                (kind, objectText) = key;
            }
            else if (unit is "次" or "场" or "场次" or "期" or "项" && cues.KindOf(objectText) is { } counted && !cues.OutputWords.Any(o => objectText.EndsWith(o, StringComparison.Ordinal))
                && (char.IsAsciiDigit(text[index]) || cues.Kinds.Any(k => k.Words.Any(w => objectText.EndsWith(w, StringComparison.Ordinal)))))
            {
                // 集中学习辅导6次: what is counted is an activity (a Chinese numeral only when the activity word ends right before it);
                // meetings counted (260余次党组会议) were held.
                kind = counted == "会议" ? "召开" : counted;
            }
            else if (beforeObject.Length == 0 && FormedGroup(afterNoun))
            {
                // 6个调研组悉心选题: groups of an activity opening the clause that tells what they did were formed.
                kind = "组成";
                useAfter = true;
                objectText = afterNoun;
            }
            else if (!ListedSubject(text, clauseStart, index) && !CountsCommittees(afterNoun)
                && VerbAfter(reading, PastPartner(reading, before, index + length + afterNoun.Length, AfterCountList(text, index + length + afterNoun.Length, clauseEnd), clauseEnd), clauseEnd) is { } verbAfter
                && !SubjectOrPassive(text, clauseStart, index, index + length, verbAfter))
            {
                // 向6个部门委派民主监督小组: the verb after what is counted; 与45家企业、12个村和15个社区结对:
                // after the list of counts.
                var verbWord = cues.CountVerbs.Where(v => string.CompareOrdinal(text, verbAfter, v, 0, v.Length) == 0).MaxBy(v => v.Length) ?? text.Substring(verbAfter, 2);
                // 对100多家委员企业开展走访: a general verb takes the kind of the activity word after it.
                var general = cues.GeneralVerbs.Contains(verbWord) || IsConductVerb(verbWord) ? cues.KindOf(text[(verbAfter + verbWord.Length)..clauseEnd]) : null;
                kind = SplitIntoGroups(text, clauseStart, index, afterNoun) ? "组成"
                    : general ?? cues.KindNamed(verbWord) ?? cues.KindOf(text[verbAfter..clauseEnd]) ?? KindOfGiving(verbWord);
                useAfter = afterNoun.Length > 0;
                objectText = WithoutQuotes(afterNoun);
            }
            else if (verbAt is null && SplitWithoutVerb(text, clauseStart, index, afterNoun, unit))
            {
                // 分4个组赴银川, 共分4组走访企业: groups formed, going somewhere.
                kind = "组成";
                useAfter = unit != "组";
                objectText = unit == "组" ? "组" : afterNoun[..(afterNoun.IndexOf('组') + 1)];
            }
            else if (verbAt is null && !CountsCommittees(afterNoun) && KindOfPlacesReached(reading, clauseStart, index, index + length) is { } reached)
            {
                // 调研组深入…等三个试点单位, 赴…7个县(区)15个基层单位，开展专题调研: places a group went to.
                kind = reached;
                useAfter = afterNoun.Length > 0;
                objectText = WithoutQuotes(afterNoun);
            }
            else if (verbAt is null && unit == "次" && FrequencyKind(reading, before, index + length, clauseEnd) is { } often)
            {
                // 先后3次深入企业开展调研, 两次组织委员视察: how often the committee did what the verbs after the count tell.
                kind = often;
                useAfter = true;
                objectText = WithoutQuotes(afterNoun);
            }
            else
            {
                continue;
            }

            if ((unit == "份" && !DocumentNouns.Any(d => objectText.Contains(d, StringComparison.Ordinal))) || (kind == Commended && (HonourReceived(text, clauseStart, clauseEnd) || !CommendedPapers(unit, objectText))))
            {
                continue;
            }

            if (OpensWithOtherActor(reading, clauseStart, verbAt is { } governing0 && governing0.End > 0 ? clauseStart + governing0.Start : index)
                || OpensWithOtherPlace(reading, clauseStart, index))
            {
                continue;
            }

            if (verbAt is { } governing)
            {
                lastVerb = (governing.Verb, clauseStart, objectText, unit);
            }

            triggers.Add(new ActivityTrigger
            {
                Start = toldFrom >= 0 ? toldFrom : useAfter ? (verbAt is { } vv ? clauseStart + vv.Start : index) : Math.Max(clauseStart, index - beforeObject.Length),
                // 召开3场有…等参加的座谈会: the noun after those taking part ends the span.
                End = useAfter ? nounFrom + afterNoun.Length : index + length,
                Kind = kind,
                Object = objectText.Length > 0 ? objectText : null,
                Value = value,
                Unit = unit,
                IsFigure = true,
            });
        }
    }
}
