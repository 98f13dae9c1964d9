using Jixiao.Web.Records;
using Jixiao.Web.Setup;

namespace Jixiao.Web.Tests;

/// <summary>
/// Reads of uploaded files run in a bounded number of slots. A read past its time limit is answered with a timeout and
/// cancelled: one that looks at its token (the readers do, between pages and sheets) gives its slot back at once; one
/// that cannot stop keeps its slot until it really ends, so that files that never finish cannot take every thread. A
/// read finding no slot free is refused as busy (503) and never starts.
/// </summary>
public sealed class ReadSlotsTests
{
    private static readonly JixiaoOptions Options = new(Path.GetTempPath(), null, false, "H", 30, 1_000_000)
    {
        ReviewTimeout = TimeSpan.FromMilliseconds(300),
    };

    [Fact]
    public async Task A_read_past_its_limit_that_cannot_stop_keeps_its_slot_until_it_ends()
    {
        var slots = new ReadSlots(Options, 1);
        using var endless = new ManualResetEventSlim();
        await Should.ThrowAsync<TimeoutException>(() => slots.RunAsync(_ => endless.Wait(TimeSpan.FromSeconds(30)), TimeSpan.Zero, CancellationToken.None));
        slots.Busy.ShouldBe(1);

        bool started = false;
        var busy = await Should.ThrowAsync<Refusal>(() => slots.RunAsync(_ => started = true, TimeSpan.FromMilliseconds(100), CancellationToken.None));
        busy.Status.ShouldBe(503);
        busy.Message.ShouldBe("服务器正在读取其他 1 个文件，请稍后再试");
        started.ShouldBeFalse();

        // the abandoned read ends: its slot is free again
        endless.Set();
        (await slots.RunAsync(_ => 42, TimeSpan.FromSeconds(5), CancellationToken.None)).ShouldBe(42);
        slots.Busy.ShouldBe(0);
    }

    [Fact]
    public async Task A_read_that_looks_at_its_token_is_stopped_at_the_limit_and_gives_its_slot_back()
    {
        var slots = new ReadSlots(Options, 1);
        int pagesRead = 0;
        // as the PDF reader does: the token looked at before each page, a page taking 20 ms
        int Pages(CancellationToken token)
        {
            for (int page = 1; page <= 1000; page++)
            {
                token.ThrowIfCancellationRequested();
                Thread.Sleep(20);
                pagesRead = page;
            }
            return pagesRead;
        }

        await Should.ThrowAsync<TimeoutException>(() => slots.RunAsync(Pages, TimeSpan.Zero, CancellationToken.None));

        // the read stops within a page of the limit, and its slot is free for the next file without waiting for it
        (await slots.RunAsync(_ => "下一个文件", TimeSpan.FromSeconds(1), CancellationToken.None)).ShouldBe("下一个文件");
        pagesRead.ShouldBeLessThan(1000);
        int stoppedAt = pagesRead;
        await Task.Delay(200, TestContext.Current.CancellationToken);
        pagesRead.ShouldBe(stoppedAt);
    }

    [Fact]
    public async Task A_caller_that_goes_away_stops_its_read()
    {
        var slots = new ReadSlots(Options with { ReviewTimeout = TimeSpan.FromSeconds(30) }, 1);
        using var gone = new CancellationTokenSource();
        using var reading = new ManualResetEventSlim();
        var read = slots.RunAsync(token =>
        {
            reading.Set();
            token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            token.ThrowIfCancellationRequested();
            return 0;
        }, TimeSpan.Zero, gone.Token);
        reading.Wait(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken).ShouldBeTrue();

        await gone.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => read);
        (await slots.RunAsync(_ => 1, TimeSpan.FromSeconds(5), CancellationToken.None)).ShouldBe(1);
    }

    [Fact]
    public async Task A_reader_s_error_reaches_the_caller_and_frees_the_slot()
    {
        var slots = new ReadSlots(Options, 1);
        await Should.ThrowAsync<InvalidDataException>(() => slots.RunAsync<int>(_ => throw new InvalidDataException("坏文件"), TimeSpan.Zero, CancellationToken.None));
        (await slots.RunAsync(_ => "读完", TimeSpan.FromSeconds(5), CancellationToken.None)).ShouldBe("读完");
    }
}
