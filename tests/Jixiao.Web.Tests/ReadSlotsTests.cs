using Jixiao.Web.Records;
using Jixiao.Web.Setup;

namespace Jixiao.Web.Tests;

/// <summary>
/// Reads of uploaded files run in a bounded number of slots: one past its time limit is answered with a timeout but keeps
/// its slot until it really ends, so that a file that never finishes cannot take every thread; a read finding no slot
/// free is refused as busy (503) and never starts.
/// </summary>
public sealed class ReadSlotsTests
{
    private static readonly JixiaoOptions Options = new(Path.GetTempPath(), null, false, "H", 30, 1_000_000)
    {
        ReviewTimeout = TimeSpan.FromMilliseconds(300),
    };

    [Fact]
    public async Task A_read_past_its_limit_keeps_its_slot_until_it_ends()
    {
        var slots = new ReadSlots(Options, 1);
        using var endless = new ManualResetEventSlim();
        await Should.ThrowAsync<TimeoutException>(() => slots.RunAsync(() => endless.Wait(TimeSpan.FromSeconds(30)), TimeSpan.Zero, CancellationToken.None));
        slots.Busy.ShouldBe(1);

        bool started = false;
        var busy = await Should.ThrowAsync<Refusal>(() => slots.RunAsync(() => started = true, TimeSpan.FromMilliseconds(100), CancellationToken.None));
        busy.Status.ShouldBe(503);
        busy.Message.ShouldBe("服务器正在读取其他 1 个文件，请稍后再试");
        started.ShouldBeFalse();

        // the abandoned read ends: its slot is free again
        endless.Set();
        (await slots.RunAsync(() => 42, TimeSpan.FromSeconds(5), CancellationToken.None)).ShouldBe(42);
        slots.Busy.ShouldBe(0);
    }

    [Fact]
    public async Task A_reader_s_error_reaches_the_caller_and_frees_the_slot()
    {
        var slots = new ReadSlots(Options, 1);
        await Should.ThrowAsync<InvalidDataException>(() => slots.RunAsync<int>(() => throw new InvalidDataException("坏文件"), TimeSpan.Zero, CancellationToken.None));
        (await slots.RunAsync(() => "读完", TimeSpan.FromSeconds(5), CancellationToken.None)).ShouldBe("读完");
    }
}
