using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace KnowledgeGraph.Explorer.Tests;

/// <summary>
/// The explorer page driven in headless Chromium against the API over the seeds: search, the
/// graph and its evidence, the cities answer, the document view and error display.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerPageTests(ExplorerFixture fixture)
{
    private const string Initiative = "码上议";

    // Hits per page of the search view (search.js).
    private const int PageSize = 20;

    [Fact]
    public async Task The_page_is_served_at_the_root_with_the_bundled_graph_library_and_a_chinese_font()
    {
        var (context, page, foreign) = await fixture.OpenAsync();
        await using var _ = context;

        var response = await page.GotoAsync("/");

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.Equal("政协知识图谱 · 研究浏览器", await page.TitleAsync());
        Assert.Equal("function", await page.EvaluateAsync<string>("typeof window.cytoscape"));
        Assert.Equal("3.34.4", await page.EvaluateAsync<string>("window.cytoscape.version"));
        // A CJK font is installed, so the page's Chinese is drawn with glyphs rather than boxes.
        Assert.True(await page.EvaluateAsync<bool>("document.fonts.check('16px \"Noto Sans CJK SC\"', '码上议')"),
            "No Noto Sans CJK SC font for Chinese: apt-get install fonts-noto-cjk (.ci/run does).");
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task Searching_shows_hits_with_the_term_highlighted_and_facets_that_filter()
    {
        var (context, page, foreign) = await fixture.OpenAsync();
        await using var _ = context;
        await page.GotoAsync("/");

        await page.GetByLabel("检索政协文件").FillAsync(Initiative);
        await page.GetByRole(AriaRole.Button, new() { Name = "检索", Exact = true }).ClickAsync();
        var hits = page.Locator("#hits .hit");
        await hits.First.WaitForAsync();

        var marks = await page.Locator("#hits .hit mark").AllInnerTextsAsync();
        Assert.Contains(marks, m => m.Contains(Initiative, StringComparison.Ordinal));
        // The sentence with the platform's figure is among the first hits (a heading that names
        // the initiative may come before it), with its city and year.
        var withFigure = hits.Filter(new() { HasText = "27082" }).First;
        Assert.Contains(await hits.AllInnerTextsAsync(), h => h.Contains("27082", StringComparison.Ordinal));
        Assert.Contains("淮安", await withFigure.Locator(".meta").InnerTextAsync());
        Assert.Contains("2021", await withFigure.Locator(".meta").InnerTextAsync());
        Assert.Contains(Initiative, await page.Locator("#entity-list").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = fixture.Screenshot("search.png"), FullPage = true });

        // On a wider search, a city facet narrows the hits to that city, and shows as a filter.
        await page.GetByLabel("检索政协文件").FillAsync("民营经济");
        await page.GetByLabel("检索政协文件").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#search-summary")).ToContainTextAsync("“民营经济”：共");
        var facet = page.Locator("#facets [data-facet=city] a.facet", new() { HasText = "淮安市" });
        var expected = int.Parse(await facet.Locator(".count").InnerTextAsync());
        var total = await page.Locator("#search-summary").InnerTextAsync();
        Assert.True(await page.Locator("#facets [data-facet=city] a.facet").CountAsync() > 1);
        await facet.ClickAsync();
        await Assertions.Expect(page.Locator("#search-filters .filter")).ToContainTextAsync("城市：淮安市");
        Assert.Contains($"city={Uri.EscapeDataString("淮安市")}", page.Url);

        // The filtered total is the facet's count, fewer than before; the page shows its first hits.
        await Assertions.Expect(page.Locator("#search-summary")).ToContainTextAsync($"共 {expected} 条");
        Assert.NotEqual(total, await page.Locator("#search-summary").InnerTextAsync());
        await Assertions.Expect(hits).ToHaveCountAsync(Math.Min(expected, PageSize));
        foreach (var meta in await page.Locator("#hits .hit > .meta").AllInnerTextsAsync())
        {
            Assert.Contains("淮安市", meta);
        }

        Assert.NotEmpty(await page.Locator("#hits .hit mark").AllInnerTextsAsync());
        await page.ScreenshotAsync(new() { Path = fixture.Screenshot("search-facet.png"), FullPage = true });
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task Opening_the_graph_of_码上议_and_clicking_an_edge_shows_the_sentence_that_states_it()
    {
        var (context, page, foreign) = await fixture.OpenAsync();
        await using var _ = context;
        await page.GotoAsync($"/#search?q={Uri.EscapeDataString(Initiative)}");

        await page.Locator("#entity-list a", new() { HasText = Initiative }).First.ClickAsync();
        await page.Locator("#view-graph").WaitForAsync();
        await page.WaitForFunctionAsync("() => window.kgExplorer.cy && window.kgExplorer.cy.edges(':visible').length > 0");
        Assert.Contains(Initiative, await page.Locator("#graph-root-name").InnerTextAsync());
        // The root's own evidence opens with the graph.
        await page.Locator("#evidence .sentence").First.WaitForAsync();
        Assert.Contains(Initiative, await page.Locator("#evidence h3").InnerTextAsync());

        // Click, with the mouse, on the middle of an edge of the root whose evidence quotes it.
        var edge = await page.EvaluateAsync<JsonElement>(EdgeToClick, Initiative);
        Assert.True(edge.ValueKind == JsonValueKind.Object, "No edge of the root has evidence that quotes " + Initiative);
        var canvas = await page.Locator("#graph-canvas").BoundingBoxAsync();
        Assert.NotNull(canvas);
        await page.Mouse.ClickAsync(canvas.X + edge.GetProperty("x").GetSingle(), canvas.Y + edge.GetProperty("y").GetSingle());

        var heading = page.Locator("#evidence h3");
        await Assertions.Expect(heading).ToContainTextAsync("→");
        Assert.Equal($"{edge.GetProperty("from").GetString()} → {edge.GetProperty("to").GetString()}", await heading.InnerTextAsync());
        Assert.Contains(edge.GetProperty("type").GetString()!, await page.Locator("#evidence .meta").First.InnerTextAsync());
        var sentences = await page.Locator("#evidence .sentence").AllInnerTextsAsync();
        Assert.Contains(sentences, s => s.Contains(Initiative, StringComparison.Ordinal));
        Assert.NotEmpty(await page.Locator("#evidence .sentence mark").AllInnerTextsAsync());
        Assert.DoesNotContain("null", await page.Locator("#evidence").InnerTextAsync());
        var source = page.Locator("#evidence .evidence-item", new() { HasText = Initiative }).First.Locator(".meta a");
        Assert.StartsWith("#doc/", await source.GetAttributeAsync("href"));
        await page.ScreenshotAsync(new() { Path = fixture.Screenshot("graph-edge-evidence.png") });
        fixture.PublishToDocs("graph-edge-evidence.png", "explorer.png");

        // The evidence links to the sentence in its document.
        await source.ClickAsync();
        var target = page.Locator("#document-body .passage.target");
        await target.WaitForAsync();
        Assert.Contains(Initiative, await target.InnerTextAsync());
        Assert.Contains("淮安", await page.Locator("#document-title").InnerTextAsync() + await page.Locator("#document-meta").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = fixture.Screenshot("document.png") });
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task A_node_expands_on_click_and_the_filters_and_depth_change_what_is_shown()
    {
        var (context, page, foreign) = await fixture.OpenAsync();
        await using var _ = context;
        var root = await RootIdAsync();
        await page.GotoAsync($"/#graph/{Uri.EscapeDataString(root)}");
        await page.WaitForFunctionAsync("() => window.kgExplorer.cy && window.kgExplorer.cy.edges(':visible').length > 0");
        var before = await page.EvaluateAsync<int>("window.kgExplorer.cy.nodes().length");

        // Expand a neighbour that has neighbours of its own (its committee or its city).
        var neighbour = await page.EvaluateAsync<JsonElement>(NeighbourToClick);
        var canvas = await page.Locator("#graph-canvas").BoundingBoxAsync();
        Assert.NotNull(canvas);
        await page.Mouse.ClickAsync(canvas.X + neighbour.GetProperty("x").GetSingle(), canvas.Y + neighbour.GetProperty("y").GetSingle());
        await page.WaitForFunctionAsync($"() => window.kgExplorer.cy.nodes().length > {before}");
        await Assertions.Expect(page.Locator("#evidence h3")).ToHaveTextAsync(neighbour.GetProperty("name").GetString()!);

        // Unticking a relation hides its edges; unticking a type hides its nodes.
        var relation = page.Locator("#relation-filter input").First;
        var relationType = await relation.GetAttributeAsync("value");
        // (Waited for, not read at once: the expansion may still be redrawing the graph.)
        await relation.UncheckAsync();
        await page.WaitForFunctionAsync("t => window.kgExplorer.cy.edges(':visible').filter(e => e.data('type') === t).length === 0", relationType);
        await relation.CheckAsync();
        await page.WaitForFunctionAsync("t => window.kgExplorer.cy.edges(':visible').filter(e => e.data('type') === t).length > 0", relationType);
        var type = page.Locator("#type-filter input[value=Place]");
        if (await type.CountAsync() > 0)
        {
            await type.UncheckAsync();
            Assert.Equal(0, await page.EvaluateAsync<int>("() => window.kgExplorer.cy.nodes(':visible').filter(n => n.data('type') === 'Place').length"));
        }

        // Depth 2 reloads the neighbourhood from the root, and shows more than depth 1 did.
        await page.Locator("#graph-depth").SelectOptionAsync("2");
        await page.WaitForURLAsync("**depth=2");
        await page.WaitForFunctionAsync($"() => window.kgExplorer.cy.nodes().length > {before}");
        await page.ScreenshotAsync(new() { Path = fixture.Screenshot("graph-depth-2.png") });
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task The_graph_can_be_used_from_the_keyboard_through_its_lists()
    {
        var (context, page, foreign) = await fixture.OpenAsync();
        await using var _ = context;
        var root = await RootIdAsync();
        await page.GotoAsync($"/#graph/{Uri.EscapeDataString(root)}");
        await page.WaitForFunctionAsync("() => window.kgExplorer.cy && window.kgExplorer.cy.edges(':visible').length > 0");
        await page.Locator("#evidence .sentence").First.WaitForAsync();

        await page.Locator(".graph-list summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var relation = page.Locator("#edge-list button", new() { HasText = "码上议 —获得→ 2021年全省政协工作最佳创新案例" });
        await relation.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#evidence h3")).ToHaveTextAsync("码上议 → 2021年全省政协工作最佳创新案例");
        var sentence = await page.Locator("#evidence .sentence").First.InnerTextAsync();
        Assert.Contains("码上议", sentence);
        // The mention marked is the award's (with its rank), in the sentence about 码上议.
        Assert.StartsWith("2021年全省政协工作最佳创新案例", await page.Locator("#evidence .sentence mark").First.InnerTextAsync());

        var node = page.Locator("#node-list button", new() { HasText = "政协淮安市委员会（政协）" });
        await node.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#evidence h3")).ToHaveTextAsync("政协淮安市委员会");
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task The_cities_view_lists_淮安市_and_盐城市_with_their_figures_evidence_and_bars()
    {
        var (context, page, foreign) = await fixture.OpenAsync();
        await using var _ = context;
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "城市答案" }).ClickAsync();
        var rows = page.Locator("#cities-table tbody tr[data-city]");
        await rows.First.WaitForAsync();

        Assert.Equal("淮安市", await rows.Nth(0).GetAttributeAsync("data-city"));
        Assert.Equal("盐城市", await rows.Nth(1).GetAttributeAsync("data-city"));
        Assert.Contains("603", await rows.Nth(0).Locator(".figure").AllInnerTextsAsync() is var a ? string.Join(" ", a) : "");
        Assert.Contains("534", await rows.Nth(1).Locator(".figure").AllInnerTextsAsync() is var b ? string.Join(" ", b) : "");
        Assert.Contains("603", string.Join("\n", await rows.Nth(0).Locator(".sentence").AllInnerTextsAsync()));
        Assert.Contains("534", string.Join("\n", await rows.Nth(1).Locator(".sentence").AllInnerTextsAsync()));

        var huaian = page.Locator("#cities-chart g.bar[data-city=淮安市]");
        var yancheng = page.Locator("#cities-chart g.bar[data-city=盐城市]");
        Assert.Contains("603", await huaian.Locator(".bar-value").TextContentAsync());
        Assert.Contains("534", await yancheng.Locator(".bar-value").TextContentAsync());
        var longer = double.Parse((await huaian.Locator("rect").GetAttributeAsync("width"))!, System.Globalization.CultureInfo.InvariantCulture);
        var shorter = double.Parse((await yancheng.Locator("rect").GetAttributeAsync("width"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(longer > shorter, $"淮安市's bar ({longer}) should be longer than 盐城市's ({shorter})");
        await page.ScreenshotAsync(new() { Path = fixture.Screenshot("cities.png"), FullPage = true });
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task An_unknown_entity_shows_the_problem_detail_the_api_gives()
    {
        var (context, page, foreign) = await fixture.OpenAsync();
        await using var _ = context;
        const string unknown = "initiative:没有这个平台";
        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };
        using var response = await http.GetAsync($"api/entities/{Uri.EscapeDataString(unknown)}/neighbors");
        Assert.Equal(404, (int)response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var expected = problem.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 0 } d
            ? d
            : problem.GetProperty("title").GetString();

        await page.GotoAsync($"/#graph/{Uri.EscapeDataString(unknown)}");

        var error = page.Locator("#graph-error");
        await error.WaitForAsync();
        Assert.Equal(expected, await error.InnerTextAsync());
        Assert.Empty(foreign);
    }

    /// <summary>The id of the 码上议 initiative, as the public API names it.</summary>
    private async Task<string> RootIdAsync()
    {
        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };
        var body = await http.GetFromJsonAsync<JsonElement>($"api/entities?q={Uri.EscapeDataString(Initiative)}&type=Initiative");
        return body.GetProperty("items").EnumerateArray().First(i => i.GetProperty("name").GetString() == Initiative).GetProperty("id").GetString()!;
    }

    // Finds, among the root's visible edges whose evidence quotes the text, the one whose middle
    // is farthest from any node, and returns where it is drawn on the canvas.
    private const string EdgeToClick = """
        text => {
          const cy = window.kgExplorer.cy;
          const root = cy.getElementById(window.kgExplorer.rootId);
          let best = null;
          root.connectedEdges(':visible').forEach(edge => {
            if (!(edge.data('evidence') || []).some(e => (e.text || '').includes(text))) return;
            const m = edge.renderedMidpoint();
            const clearance = Math.min(...cy.nodes(':visible').map(n => {
              const p = n.renderedPosition();
              return Math.hypot(p.x - m.x, p.y - m.y);
            }));
            if (!best || clearance > best.clearance) {
              best = { x: m.x, y: m.y, clearance, type: edge.data('type'),
                       from: edge.source().data('name'), to: edge.target().data('name') };
            }
          });
          return best;
        }
        """;

    // A neighbour of the root that is not yet expanded and is a committee or a place, where it is drawn.
    private const string NeighbourToClick = """
        () => {
          const cy = window.kgExplorer.cy;
          const root = cy.getElementById(window.kgExplorer.rootId);
          const pick = root.neighborhood('node').filter(n => ['Committee', 'Place', 'Topic', 'Initiative'].includes(n.data('type')));
          const node = pick.length ? pick[0] : root.neighborhood('node')[0];
          const p = node.renderedPosition();
          return { x: p.x, y: p.y, name: node.data('name') };
        }
        """;
}
