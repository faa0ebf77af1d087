using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Vocabulary;

namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>
/// Activities: concrete actions that are counted, named or dated.
/// </summary>
/// <remarks>
/// <para>What shows an activity in a unit:</para>
/// <list type="bullet">
/// <item>a count: a number and a unit of <c>activities.units</c> (次, 场, 场次, 期, 项, 家, 个, 人次), not an
/// ordinal (第十三期), measuring an action of <c>activities.kinds</c> (走访民营企业603家, 开展学习研讨19次,
/// 共走访534家民营企业, 举办9场委员读书活动); some units need a particular word (家: 走访, 调研; 个: 议题,
/// 课题, 案例, 部门; 项: 活动, 计划, 协商), and counts of outputs (提案, 建议, 问题 …) are not activities
/// but figures of the activity before them (metrics). A count whose clause opens with another actor
/// (县委、县政府主要领导先后21次参加政协活动) is not the committee's activity;</item>
/// <item>a quoted title (开展“…”深度走访调研活动, “新春第一会”, “民生专题协商议事月”);</item>
/// <item>a meeting: 召开, 举办, 组织, 参加 … and a noun ending in 会议, 座谈会, 联谊会, 论坛, 培训班, 竞赛,
/// 展 … (召开淮台产业融合发展座谈会; 召开企业家联谊会、新的社会阶层人士座谈会 is two), and 在…会议上,
/// …会议召开之际; a meeting without a title takes the topic quoted with it (围绕“…”召开…);</item>
/// <item>a campaign without marks: 举办/开展 … 活动 with a specific name of four characters or more
/// (举办履职成果发布活动), or 开展 … 协商议事/调研/视察/监督 with six or more (开展民生专题协商议事);</item>
/// <item>a unit that opens with a full date and tells a survey, inspection or visit (…，省政协主席张义珍带队赴淮安专题调研…).</item>
/// </list>
/// <para>A count in the clause of a title or meeting completes it (召开专题议政性常委会2次); a count
/// whose action the paragraph's last uncounted activity names completes that one (开展“…”深度走访调研
/// 活动 … 共走访534家民营企业).</para>
/// <para>The activity is conducted (CONDUCTED) by the committee named as the subject of a clause
/// before it (at the clause's start, or after 由; 市、区政协联合召开: both; not 落实省政协部署), else by a body that 主办 it, else by the committee of a
/// county-level place opening the clause, else by the committee speaking. It is led (LEADS) by a
/// person named before it with 带队, 带领 or 率队; held on (HELD_ON) the unit's opening date; located
/// (LOCATED_IN) at the place that opens its clause or follows 赴, 在, 到; about (ABOUT) the topics
/// of its title, object and clause (and of a 围绕/聚焦 clause before it); run through an initiative
/// named before it with 通过, 依托, 在 (or the initiative of its title). 市县两级, 市县联动 … set its scope.</para>
/// </remarks>
internal sealed partial class ActivityFinder(ActivityCues cues)
{
    /// <summary>How many of the paragraph's last activities a count may complete.</summary>
    public const int MergeLookBack = 8;

    private readonly FigureReader _figures = new(cues);
    private readonly ActivityResolver _resolver = new(cues);

    public void Find(UnitReading reading)
    {
        var triggers = new List<ActivityTrigger>();
        FindTitled(reading, triggers);
        FindMeetings(reading, triggers);
        FindCampaigns(reading, triggers);
        if (!reading.Unit.IsLinkItem)
        {
            // - 自治区政协召开…暨播出100期座谈会: a headline of the page's other stories counts none of this one's work.
            _figures.Find(reading, triggers);
        }
        if (triggers.Count == 0 && reading.LeadingDateId is not null)
        {
            FindDatedSurvey(reading, triggers);
        }

        var drafts = new List<(ActivityDraft Draft, ActivityTrigger Trigger)>();
        foreach (var trigger in triggers.OrderBy(t => t.Start))
        {
            if (Merge(reading, drafts, trigger) is { } merged)
            {
                if (trigger.IsFigure && merged.Value is not null && !CountsFor(reading, merged))
                {
                    // A government's event counted (促消费活动2000场) stays uncounted: not its governing.
                    merged.Value = null;
                    merged.Unit = null;
                }
                else if (trigger.IsFigure && merged.Conductors.Count == 0 && CountsItsOwnClause(reading, merged, trigger) && UnnamedCommittee(reading))
                {
                    // 市政协…召开协商会3场 in a text that never says which city: a meeting counted in its own clause, in
                    // a unit of events, is a count, its committee unknown as for any other count.
                    merged.CommitteeUnnamed = true;
                }

                merged.Spans.Add((reading.Unit, trigger.Start, trigger.End));
                merged.Scope ??= _resolver.Scope(reading, trigger);
                ActivityResolver.AddTopics(reading, merged, trigger);
                if (!reading.UnitActivities.Contains(merged))
                {
                    reading.UnitActivities.Add(merged);
                }

                continue;
            }

            var draft = new ActivityDraft { Kind = trigger.Kind, Name = trigger.Name, Object = trigger.Object, Value = trigger.Value, Unit = trigger.Unit, Year = reading.Year };
            draft.Spans.Add((reading.Unit, trigger.Start, trigger.End));
            _resolver.Resolve(reading, draft, trigger);
            if (trigger.IsFigure && draft.Conductors.Count == 0 && UnnamedCommittee(reading))
            {
                // 市政协…共提交提案187件 in a text that never says which city: the committee's count all the
                // same, its conductor unknown.
                draft.CommitteeUnnamed = true;
            }
            else if (trigger.IsFigure && (draft.Conductors.Count == 0 || !CountsFor(reading, draft)))
            {
                // A count nobody conducted is not an activity; a government's counts are its own governing
                // (proposals and suggestions handled, rules made), never its economy's figures.
                continue;
            }

            drafts.Add((draft, trigger));
            reading.Activities.Add(draft);
            reading.UnitActivities.Add(draft);
            reading.State.ParagraphActivities.Add(draft);
        }

        FigureReader.AttachMetrics(reading, drafts);
        reading.State.ParagraphAboutCommittee |= AboutCommitteeWork(reading.Text);
    }

    // The count (3场, 26次) counts events and stands in the clause that names the activity it completes.
    private static bool CountsItsOwnClause(UnitReading reading, ActivityDraft merged, ActivityTrigger trigger) =>
        merged.Value is not null && trigger.Unit is "次" or "场" or "场次" or "期"
        && merged.Spans.Any(s => s.Unit == reading.Unit && reading.Unit.ClauseAt(s.Start) == reading.Unit.ClauseAt(trigger.Start));

    // The document names no committee or body of its own, and the sentence, or one before it in its paragraph,
    // is about a committee's work (依托…委员工作站开展“…”活动。聚焦…开展20余场基层协商活动: the same committee's).
    // A sentence that opens with a subject of its own (公司今年…, 全县共…, 会议表决…) is that subject's, whatever
    // the paragraph said of committee members before it.
    // A document whose own title is a committee's (政协某市委员会常务委员会工作报告, 某县政协2023年工作总结) is about its work
    // throughout: a sentence of it with no subject of its own (今年…，一年来共开展专题调研12次) is its committee's; so is one
    // of a document that reads as a committee's account without naming it (DocumentContext.AboutCommitteeWork).
    private static bool UnnamedCommittee(UnitReading reading) =>
        reading.Context.IssuerId is null && reading.Speaker is null && reading.State.Speaker is null
        && ((AboutCommitteeWork(reading.Text) && (reading.Text.Contains("政协", StringComparison.Ordinal) || !ClauseOpensWithBody(reading)))
            || ((reading.State.ParagraphAboutCommittee || ((TitledForCommittee(reading.Context.Title) || reading.Context.AboutCommitteeWork) && !ClauseOpensWithBody(reading)))
            && !OpensWithOwnSubject(reading)));

    // The sentence or a clause of it opens with a subject of its own (公司今年…, 今年以来，全市共接待…).
    private static bool OpensWithOwnSubject(UnitReading reading) =>
        reading.Unit.Clauses.Prepend((0, 0)).Any(c => OwnSubjects.Any(s => reading.Text[c.Item1..].TrimStart().StartsWith(s, StringComparison.Ordinal)));

    // Read on the title alone, or on 委员 alone (委员企业累计开展…: the members' enterprises' own figures), a clause
    // that opens (after a time word: 去年, 今年以来) with another body or place acting (市人大常委会开展…, 市文旅局举办…,
    // 委员企业累计开展…, 该市累计举办…, 去年全县举办…) counts for that subject, not for the committee whose report or news
    // quotes it. A body's name never runs over a verb of its own (组织委员企业开展…, 动员…企业开展…: the committee acts).
    private static bool ClauseOpensWithBody(UnitReading reading)
    {
        var text = reading.Text;
        foreach (var (start, _) in reading.Unit.Clauses.Prepend((0, 0)))
        {
            var from = start;
            while (from < text.Length && char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            var match = OtherBodySubject().Match(text, from, text.Length - from);
            if (match.Success && !RunsOverVerb(match.Groups["name"].ValueSpan))
            {
                return true;
            }
        }

        return false;
    }

    private static bool RunsOverVerb(ReadOnlySpan<char> name)
    {
        foreach (var verb in BodyNameStops)
        {
            if (name.Contains(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] BodyNameStops = ["组织", "邀请", "带领", "动员", "引导", "发动", "号召", "协调", "推动", "联合", "会同", "深入", "走进", "走访", "帮助"];

    // The stops above are checked in code: as a negative lookahead inside the lazy name loop, the source-generated
    // matcher never returned on some clauses (一年来共开展…, 去年以来共开展…; .NET 10's generator, 2026-12).
    [GeneratedRegex(@"^(?:(?:今年|去年|上半年|下半年|近年来|近年|一年来|\d{4}年)(?:以来)?)?(?!政协|深入|走进|走访|组织|邀请|联合|会同|协助|协调|推动|帮助|助力|服务|为|对|向|与|同|和|在|到|赴|围绕|聚焦|针对|面向|联系|依托|通过|结合)(?:该市|该县|该区|该镇|全市|全县|全区|全镇|全省|(?<name>[^，,；;。：:、“”\s]{0,10}?)(?:政府|人大|人大常委会|局|厅|部门|法院|检察院|企业|公司|集团|市委|县委|区委|党委|组织部|宣传部|统战部|办公室|单位))(?:等|共|累计|全年|先后|已|均|今年|去年)*(?:开展|举办|组织|召开|接待|办理|走访|完成|实施|落实|新增|培训|举行|承办|帮扶|投入|建成|引进|签约|服务|发放)")]
    private static partial Regex OtherBodySubject();

    private static bool TitledForCommittee(string? title) => title is not null && title.Contains("政协", StringComparison.Ordinal);

    private static readonly string[] OwnSubjects = ["公司", "企业", "该公司", "集团", "全县", "全市", "全区", "全省", "全镇", "全乡", "全州", "全旗", "会议", "大会", "学校", "医院"];

    // 政协, or 委员 that is no 委员会 (村民委员会, 居民委员会 are other bodies).
    private static bool AboutCommitteeWork(string text) =>
        text.Contains("政协", StringComparison.Ordinal) || CommitteeMember().IsMatch(text);

    [GeneratedRegex("委员(?!会)")]
    private static partial Regex CommitteeMember();

    private bool CountsFor(UnitReading reading, ActivityDraft draft) =>
        reading.Context.IssuerBody is not { Kind: "政府" or "人大" } government || draft.LeadId != government.Id
        || cues.GovernanceObjects.Any(o => (draft.Object ?? "").Contains(o, StringComparison.Ordinal));

    // Quoted titles and topics read as activity titles.
    private void FindTitled(UnitReading reading, List<ActivityTrigger> triggers)
    {
        QuotedName? previous = null;
        foreach (var quoted in reading.QuotedNames.Where(q => q.Role == QuoteRole.ActivityName))
        {
            // Only the first quote of a list (“A”和“B”主席专题协商会议) names the activity.
            if (previous is not null && previous.End <= quoted.Start && reading.Text[previous.End..quoted.Start] is "" or "和" or "、" or "与")
            {
                previous = quoted;
                continue;
            }

            previous = quoted;
            var end = quoted.End;
            if (quoted.Object is { } objectText)
            {
                var at = reading.Text.IndexOf(objectText, quoted.Quote.End, StringComparison.Ordinal);
                end = at >= 0 ? at + objectText.Length : quoted.End;
            }

            var kind = cues.KindOf((quoted.Object ?? "") + quoted.Name) ?? (quoted.Name.EndsWith('会') ? "会议" : "活动");
            var name = NameOfTitle(reading, quoted);
            triggers.Add(new ActivityTrigger { Start = quoted.Start, End = end, Kind = kind, Name = name, Object = quoted.Object });
        }
    }

    // The title without an initiative that heads it: “同心互联·民生专题协商议事月” → 民生专题协商议事月.
    private static string NameOfTitle(UnitReading reading, QuotedName quoted)
    {
        var umbrella = reading.Of(Labels.Initiative).FirstOrDefault(m => m.Start > quoted.Quote.Open && m.End < quoted.Quote.Close);
        if (umbrella is null)
        {
            return quoted.Name;
        }

        var rest = reading.Text[umbrella.End..quoted.Quote.Close].TrimStart('—', '·', '－', '•');
        return rest.Length >= 2 ? QuotedNameReader.Clean(rest) : quoted.Name;
    }

    private void FindCampaigns(UnitReading reading, List<ActivityTrigger> triggers)
    {
        var text = reading.Text;
        foreach (var verb in cues.CampaignVerbs)
        {
            for (var at = text.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                var from = at + verb.Length;
                var (_, clauseEnd) = reading.Unit.ClauseAt(from);
                var segment = text[from..clauseEnd];
                if (segment.Length == 0 || segment.AsSpan().ContainsAny("“”《》、") || cues.GenericStarts.Any(g => segment.StartsWith(g, StringComparison.Ordinal)))
                {
                    continue;
                }

                var activity = segment.IndexOf("活动", StringComparison.Ordinal);
                if (activity >= 4 && !segment[..activity].Any(char.IsAsciiDigit))
                {
                    AddCampaign(triggers, from, from + activity + 2, text);
                    continue;
                }

                foreach (var head in new[] { "协商议事", "调研", "视察", "监督" })
                {
                    if (segment.EndsWith(head, StringComparison.Ordinal) && segment.Length >= 6)
                    {
                        AddCampaign(triggers, from, clauseEnd, text);
                        break;
                    }
                }
            }
        }

        void AddCampaign(List<ActivityTrigger> list, int start, int end, string text)
        {
            if (list.Exists(t => t.Start < end && start < t.End))
            {
                return;
            }

            var objectText = text[start..end];
            list.Add(new ActivityTrigger { Start = start, End = end, Kind = cues.KindOf(objectText) ?? "活动", Object = objectText });
        }
    }

    private void FindDatedSurvey(UnitReading reading, List<ActivityTrigger> triggers)
    {
        var text = reading.Text;
        foreach (var verb in cues.SurveyVerbs)
        {
            var at = text.IndexOf(verb, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var (_, clauseEnd) = reading.Unit.ClauseAt(at);
            var objectText = text[(at + verb.Length)..clauseEnd];
            triggers.Add(new ActivityTrigger { Start = at, End = clauseEnd, Kind = cues.KindOf(verb) ?? verb, Object = objectText.Length > 0 ? objectText : null });
            return;
        }
    }
}
