using Microsoft.Playwright;

namespace KnowledgeGraph.Explorer.Tests;

/// <summary>
/// The ask box and the path view driven in headless Chromium against the API over the seeds:
/// answers shown as tables, charts and graphs, with the sentences that prove them.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerAskAndPathTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task A_question_typed_in_the_ask_box_is_answered_as_a_table_with_its_evidence()
    {
        var (context, page, foreign) = await fixture.OpenAsync();
        await using var _ = context;
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "提问" }).ClickAsync();
        await page.GetByLabel("问题", new() { Exact = true }).FillAsync("淮安市政协获得了哪些奖项？");
        await page.GetByRole(AriaRole.Button, new() { Name = "提问", Exact = true }).ClickAsync();

        var rows = page.Locator("#ask-answer .answer-table tbody tr");
        await rows.First.WaitForAsync();
        var row = rows.Filter(new() { HasText = "2021年全省政协工作最佳创新案例" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        Assert.Contains("码上议", await row.Locator("td").Nth(1).InnerTextAsync());
        Assert.Contains("2021年全省政协工作最佳创新案例", await row.Locator(".sentence mark").First.InnerTextAsync());
        Assert.Contains("获奖", await page.Locator("#ask-summary").InnerTextAsync());
        Assert.Contains("awards", await page.Locator("#ask-interpretation").InnerTextAsync());
        Assert.Contains("ask?q=", page.Url);
        await page.ScreenshotAsync(new() { Path = fixture.Screenshot("ask-awards.png"), FullPage = true });
        fixture.PublishToDocs("ask-awards.png", "explorer-ask.png");
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task A_connection_question_is_answered_as_a_graph_and_its_steps_with_evidence()
    {
        var (context, page, foreign) = await fixture.OpenAsync();
        await using var _ = context;
        await page.GotoAsync("/#ask");

        await page.Locator("#ask-examples a", new() { HasText = "码上议和戚寿余有什么关系？" }).ClickAsync();

        var steps = page.Locator("#ask-answer .path-step");
        await Assertions.Expect(steps).ToHaveCountAsync(2);
        Assert.Contains("政协淮安市委员会", await steps.Nth(0).InnerTextAsync());
        Assert.NotEmpty(await steps.Nth(1).Locator(".sentence").AllInnerTextsAsync());
        var graph = page.Locator("#ask-answer .answer-graph canvas").First;
        await graph.WaitForAsync();
        Assert.True((await graph.BoundingBoxAsync())!.Width > 300);
        await page.ScreenshotAsync(new() { Path = fixture.Screenshot("ask-path.png"), FullPage = true });
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task A_counting_question_is_answered_with_a_bar_chart_the_largest_first()
    {
        var (context, page, foreign) = await fixture.OpenAsync();
        await using var _ = context;
        await page.GotoAsync("/#ask?q=" + Uri.EscapeDataString("哪一年获奖最多？"));

        var bars = page.Locator("#ask-answer svg g.bar");
        await bars.First.WaitForAsync();
        Assert.Equal("2023", await bars.First.GetAttributeAsync("data-key"));
        var widths = new List<double>();
        foreach (var rect in await page.Locator("#ask-answer svg g.bar rect").AllAsync())
        {
            widths.Add(double.Parse((await rect.GetAttributeAsync("width"))!, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(widths.OrderDescending(), widths);
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task A_question_about_a_name_the_graph_does_not_hold_says_so()
    {
        var (context, page, foreign) = await fixture.OpenAsync();
        await using var _ = context;
        await page.GotoAsync("/#ask?q=" + Uri.EscapeDataString("苏州市政协获得了哪些奖项？"));

        await Assertions.Expect(page.Locator("#ask-summary")).ToContainTextAsync("没有名为“苏州市政协”的实体");
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task The_path_view_finds_how_two_named_entities_are_connected_and_shows_each_relations_sentence()
    {
        var (context, page, foreign) = await fixture.OpenAsync();
        await using var _ = context;
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "路径" }).ClickAsync();
        await page.GetByLabel("从", new() { Exact = true }).FillAsync("码上议");
        await page.GetByLabel("到", new() { Exact = true }).FillAsync("戚寿余");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找路径" }).ClickAsync();

        await Assertions.Expect(page.Locator("#path-summary")).ToContainTextAsync("相隔2层关系");
        Assert.Contains("码上议 — 政协淮安市委员会 — 戚寿余", await page.Locator("#path-summary").InnerTextAsync());
        var steps = page.Locator("#path-steps .path-step");
        await Assertions.Expect(steps).ToHaveCountAsync(2);
        Assert.Contains("运行", await steps.Nth(0).InnerTextAsync());
        Assert.Contains("任职", await steps.Nth(1).InnerTextAsync());
        Assert.Contains("戚寿余", await steps.Nth(1).Locator(".sentence").First.InnerTextAsync());
        await Assertions.Expect(page.Locator("#path-canvas")).ToBeVisibleAsync();
        await page.Locator("#path-canvas canvas").First.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = fixture.Screenshot("path.png"), FullPage = true });
        fixture.PublishToDocs("path.png", "explorer-path.png");

        // A name the graph does not hold is reported, and nothing is drawn.
        await page.GetByLabel("到", new() { Exact = true }).FillAsync("不存在的人");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找路径" }).ClickAsync();
        await Assertions.Expect(page.Locator("#path-error")).ToContainTextAsync("图谱中没有名为“不存在的人”的实体");
        await Assertions.Expect(page.Locator("#path-canvas")).ToBeHiddenAsync();
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task The_graph_views_path_button_starts_a_path_from_its_root()
    {
        var (context, page, foreign) = await fixture.OpenAsync();
        await using var _ = context;
        await page.GotoAsync("/#graph/" + Uri.EscapeDataString("initiative:码上议"));
        await page.WaitForFunctionAsync("() => window.kgExplorer.cy && window.kgExplorer.cy.nodes().length > 1");

        await page.GetByRole(AriaRole.Button, new() { Name = "查找路径…" }).ClickAsync();
        await page.GetByLabel("到", new() { Exact = true }).FillAsync("张义珍");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找路径" }).ClickAsync();

        await Assertions.Expect(page.Locator("#path-summary")).ToContainTextAsync("码上议与张义珍之间");
        Assert.True(await page.Locator("#path-steps .path-step").CountAsync() >= 2);
        Assert.Empty(foreign);
    }
}
