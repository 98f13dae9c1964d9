using System.Text;

namespace Jixiao.Documents.Tests;

public class AtomicFileTests
{
    public class TheWriteMethod
    {
        [Fact]
        public void Writes_the_content_and_leaves_no_temporary_file()
        {
            var folder = WrittenSeed.NewFolder();
            var path = Path.Combine(folder, "out.txt");
            AtomicFile.Write(path, s => s.Write(Encoding.UTF8.GetBytes("完整")));
            File.ReadAllText(path).ShouldBe("完整");
            Directory.GetFiles(folder).ShouldBe([path]);
        }

        [Fact]
        public void Leaves_no_temporary_file_when_interrupted_while_writing()
        {
            var folder = WrittenSeed.NewFolder();
            var path = Path.Combine(folder, "big.xlsx");
            string[] during = [];
            Should.Throw<DocumentWriteException>(() => AtomicFile.Write(path, s =>
            {
                s.Write(new byte[8 << 20]); // a full-size temporary file on disk
                AtomicFile.DeleteUnfinished(folder); // what Ctrl-C (SIGINT), SIGTERM or SIGQUIT does, for every folder
                during = Directory.GetFiles(folder);
                throw new OperationCanceledException();
            }));
            during.ShouldBeEmpty();
            Directory.EnumerateFileSystemEntries(folder).ShouldBeEmpty();
        }

        [Fact]
        public void Never_replaces_a_named_pipe_by_a_file()
        {
            Assert.SkipWhen(OperatingSystem.IsWindows(), "named pipes in a folder are a Unix thing");
            var folder = WrittenSeed.NewFolder();
            var fifo = Path.Combine(folder, "pipe.html");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();

            Should.Throw<DocumentWriteException>(() => AtomicFile.Write(fifo, s => s.Write(new byte[16])))
                .Message.ShouldBe($"{fifo}：目标是设备或命名管道，不是普通文件，不会用输出替换它");
            FileKinds.Of(fifo).ShouldBe(FileKind.Special);
            Directory.GetFiles(folder).ShouldBe([fifo]);
        }

        [Fact]
        public void Leaves_no_file_when_the_writer_fails_halfway()
        {
            var folder = WrittenSeed.NewFolder();
            var path = Path.Combine(folder, "out.xlsx");
            var e = Should.Throw<DocumentWriteException>(() => AtomicFile.Write(path, s =>
            {
                s.Write(new byte[4096]);
                throw new InvalidOperationException("boom");
            }));
            e.File.ShouldBe(path);
            e.Message.ShouldContain("生成文件失败");
            e.InnerException.ShouldBeOfType<InvalidOperationException>();
            Directory.EnumerateFileSystemEntries(folder).ShouldBeEmpty();
        }

        [Fact]
        public void Keeps_the_previous_file_when_the_writer_fails()
        {
            var folder = WrittenSeed.NewFolder();
            var path = Path.Combine(folder, "out.json");
            File.WriteAllText(path, "旧内容");
            Should.Throw<DocumentWriteException>(() => AtomicFile.Write(path, s =>
            {
                s.Write(Encoding.UTF8.GetBytes("新"));
                throw new IOException("No space left on device", 28); // ENOSPC, as Linux reports a full disk
            })).Message.ShouldBe($"{path}：写入失败：磁盘空间不足");
            File.ReadAllText(path).ShouldBe("旧内容");
            Directory.GetFiles(folder).ShouldBe([path]);
        }

        [Fact]
        public void Replaces_an_existing_file()
        {
            var folder = WrittenSeed.NewFolder();
            var path = Path.Combine(folder, "out.html");
            File.WriteAllText(path, "旧");
            AtomicFile.Write(path, s => s.Write(Encoding.UTF8.GetBytes("新")));
            File.ReadAllText(path).ShouldBe("新");
        }

        [Fact]
        public void Refuses_a_folder_as_target()
        {
            var folder = WrittenSeed.NewFolder();
            Should.Throw<DocumentWriteException>(() => AtomicFile.Write(folder, s => s.WriteByte(1)))
                .Message.ShouldContain("文件夹");
        }
    }
}
