#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "ingest/test_util.h"
#include "stemma/util.h"

namespace stemma::ingest::testing {
namespace {

using ::testing::ElementsAre;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(FilesTest, SeedsComeOutWithFileStemIdsAndIdenticalText) {
  const std::string dir = std::string(STEMMA_SHARED_DIR) + "/seeds";
  Collected c = Ingest(dir);
  ASSERT_TRUE(c.status.ok());
  EXPECT_TRUE(c.errors.empty()) << ::testing::PrintToString(c.ErrorStrings());
  ASSERT_EQ(c.docs.size(), 5u);
  const char* ids[] = {"000_890a9cc5f77017a7", "001_eaf561987a3443d8", "002_1a96a5e30be5a4fb",
                       "003_457170c86be7c82b", "004_ebd7ba4f43918ddc"};
  for (size_t i = 0; i < 5; ++i) {
    const RawDocument& d = c.docs[i];
    EXPECT_EQ(d.id, ids[i]);
    std::string path = dir + "/" + ids[i] + ".txt";
    EXPECT_EQ(d.source, path);
    EXPECT_EQ(d.format, ContentFormat::kText);
    EXPECT_EQ(d.content, ReadAll(path)) << d.id;
    EXPECT_EQ(d.content_hash, ContentHash(d.content));
  }
}

TEST(FilesTest, SingleSeedFileGetsStemId) {
  const std::string path = std::string(STEMMA_SHARED_DIR) + "/seeds/000_890a9cc5f77017a7.txt";
  Collected c = Ingest(path);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "000_890a9cc5f77017a7");
  EXPECT_EQ(c.docs[0].content, ReadAll(path));
}

TEST(FilesTest, FormatsFromExtensions) {
  ScratchDir dir;
  dir.Write("a.md", "# Fictional harbour\n\nThe ferry to Nowhere Isle ran late.\n");
  dir.Write("b.HTML", "<html><body><p>Mayor Quill opened the toy bridge.</p></body></html>");
  dir.Write("c.txt.gz", Gzip("The Lantern Gazette reported nothing new.\n"));
  dir.Write("d.htm.zst", Zstd("<p>Zstd page about the invented town of Brindle.</p>"));
  dir.Write("notes.pdf", "ignored: unknown extension in a directory walk");
  Collected c = Ingest(dir.path());
  EXPECT_TRUE(c.errors.empty()) << ::testing::PrintToString(c.ErrorStrings());
  ASSERT_EQ(c.docs.size(), 4u);
  EXPECT_EQ(c.docs[0].id, "a");
  EXPECT_EQ(c.docs[0].format, ContentFormat::kMarkdown);
  EXPECT_EQ(c.docs[1].id, "b");
  EXPECT_EQ(c.docs[1].format, ContentFormat::kHtml);
  EXPECT_EQ(c.docs[2].id, "c");
  EXPECT_EQ(c.docs[2].content, "The Lantern Gazette reported nothing new.\n");
  EXPECT_EQ(c.docs[2].source, dir.path() + "/c.txt.gz");
  EXPECT_EQ(c.docs[3].id, "d");
  EXPECT_EQ(c.docs[3].format, ContentFormat::kHtml);
  EXPECT_EQ(c.docs[3].content, "<p>Zstd page about the invented town of Brindle.</p>");
}

TEST(FilesTest, DirectoriesAreRecursiveSortedAndIdsKeepSubfolders) {
  ScratchDir dir;
  dir.Write("z.txt", "last file at the top level");
  dir.Write("sub/index.html", "<p>first index</p>");
  dir.Write("other/index.html", "<p>second index</p>");
  dir.Write(".hidden/x.txt", "hidden folders are skipped");
  dir.Write("README.md", "# About this corpus: documentation, not an article");
  dir.Write("sub/LICENSE.txt", "documentation too");
  Collected c = Ingest(dir.path());
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_EQ(c.docs[0].id, "other/index");
  EXPECT_EQ(c.docs[1].id, "sub/index");
  EXPECT_EQ(c.docs[2].id, "z");
  EXPECT_EQ(Ingest(dir.path() + "/README.md").docs.size(), 1u);  // named directly: read
}

TEST(FilesTest, SameContentSameHash) {
  ScratchDir dir;
  Collected a = Ingest(dir.Write("one.txt", "Identical fictional story."));
  Collected b = Ingest(dir.Write("two.txt.gz", Gzip("Identical fictional story.")));
  ASSERT_EQ(a.docs.size(), 1u);
  ASSERT_EQ(b.docs.size(), 1u);
  EXPECT_EQ(a.docs[0].content_hash, b.docs[0].content_hash);
}

TEST(FilesTest, EmptyAndBinaryFilesAreRejectedAndTheRestIsRead) {
  ScratchDir dir;
  dir.Write("a_empty.txt", "");
  std::string garbage;
  for (int i = 0; i < 4000; ++i) {
    garbage.push_back(static_cast<char>((i * 7919) % 256));
  }
  dir.Write("b_garbage.html", garbage);
  dir.Write("c_good.txt", "A perfectly ordinary invented report.");
  dir.Write("d_blank.md", "  \n\n");
  Collected c = Ingest(dir.path());
  EXPECT_THAT(c.ErrorStrings(), ElementsAre(dir.path() + "/a_empty.txt: empty file",
                                            dir.path() + "/b_garbage.html: binary content",
                                            dir.path() + "/d_blank.md: empty file"));
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "c_good");
}

TEST(FilesTest, TruncatedGzipReportsOffsetAndKeepsEarlierRecords) {
  ScratchDir dir;
  std::string jsonl;
  for (int i = 0; i < 200; ++i) {
    jsonl += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":\"Story number " + std::to_string(i) +
             " from the Fictional Wire, padded with words to take some room.\"}\n";
  }
  std::string gz = Gzip(jsonl);
  std::string cut = gz.substr(0, gz.size() / 2);
  std::string path = dir.Write("cut.jsonl.gz", cut);
  Collected c = Ingest(path);
  EXPECT_THAT(c.ErrorStrings(),
              ElementsAre(path + "@" + std::to_string(cut.size()) + ": truncated gzip stream"));
  ASSERT_GT(c.docs.size(), 10u);
  ASSERT_LT(c.docs.size(), 200u);
  for (size_t i = 0; i < c.docs.size(); ++i) {
    EXPECT_EQ(c.docs[i].id, "r" + std::to_string(i));
  }
}

TEST(FilesTest, MultiMemberGzipReadsEveryMember) {
  ScratchDir dir;
  std::string path = dir.Write("m.jsonl.gz", Gzip("{\"id\":\"a\",\"text\":\"first\"}\n") +
                                                 Gzip("{\"id\":\"b\",\"text\":\"second\"}\n"));
  Collected c = Ingest(path);
  EXPECT_TRUE(c.errors.empty());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[1].content, "second");
}

TEST(FilesTest, TruncatedZstdIsReported) {
  ScratchDir dir;
  std::string z = Zstd("Some fictional words that zstd will compress into a frame.");
  std::string path = dir.Write("cut.txt.zst", z.substr(0, z.size() - 3));
  Collected c = Ingest(path);
  EXPECT_THAT(c.ErrorStrings(),
              ElementsAre(path + "@" + std::to_string(z.size() - 3) + ": truncated zstd stream"));
  EXPECT_TRUE(c.docs.empty());
}

TEST(FilesTest, ProgressReportsCompressedBytesCumulatively) {
  ScratchDir dir;
  dir.Write("a.txt", std::string(1000, 'a'));
  dir.Write("b.txt.gz", Gzip("bee"));
  uint64_t last = 0;
  IngestCallbacks callbacks;
  callbacks.on_progress = [&last](uint64_t bytes) {
    EXPECT_GE(bytes, last);
    last = bytes;
  };
  ASSERT_TRUE(IngestPath(dir.path(), IngestOptions(), callbacks).ok());
  EXPECT_EQ(last, InputSize(dir.path()));
}

TEST(FilesTest, MissingPathIsAnError) {
  Collected c = Ingest("/nonexistent/stemma/input.txt");
  EXPECT_FALSE(c.status.ok());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].where, "/nonexistent/stemma/input.txt");
}

TEST(FilesTest, InputSizeSumsSupportedFiles) {
  ScratchDir dir;
  dir.Write("a.txt", "12345");
  dir.Write("sub/b.jsonl", "123");
  dir.Write("c.bin", "ignored");
  EXPECT_EQ(InputSize(dir.path()), 8u);
  EXPECT_EQ(InputSize(dir.path() + "/a.txt"), 5u);
  EXPECT_EQ(InputSize("-"), 0u);
}

// Runs IngestPath("-") with stdin redirected from `path`.
Collected IngestStdinFrom(const std::string& path) {
  int saved = dup(STDIN_FILENO);
  int fd = open(path.c_str(), O_RDONLY);
  dup2(fd, STDIN_FILENO);
  close(fd);
  Collected c = Ingest("-");
  dup2(saved, STDIN_FILENO);
  close(saved);
  return c;
}

TEST(FilesTest, StdinSniffsJsonlThroughGzip) {
  ScratchDir dir;
  std::string path = dir.Write("in", Gzip("{\"text\":\"from a pipe\"}\n{\"text\":\"second\"}\n"));
  Collected c = IngestStdinFrom(path);
  EXPECT_TRUE(c.errors.empty());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "stdin-1");
  EXPECT_EQ(c.docs[1].source, "stdin:2");
}

TEST(FilesTest, StdinSniffsHtmlAndText) {
  ScratchDir dir;
  Collected html = IngestStdinFrom(dir.Write("h", "  <html><p>Piped page.</p></html>"));
  ASSERT_EQ(html.docs.size(), 1u);
  EXPECT_EQ(html.docs[0].format, ContentFormat::kHtml);
  EXPECT_EQ(html.docs[0].id, "stdin");
  Collected text = IngestStdinFrom(dir.Write("t", "Plain piped words."));
  ASSERT_EQ(text.docs.size(), 1u);
  EXPECT_EQ(text.docs[0].format, ContentFormat::kText);
}

}  // namespace
}  // namespace stemma::ingest::testing
