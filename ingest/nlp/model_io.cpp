#include "ingest/nlp/model_io.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <new>
#include <stdexcept>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace kg::ingest::nlp {

void* allocateModelMemory(std::size_t bytes) {
    constexpr std::size_t HUGE_PAGE = std::size_t{1} << 21;
    if (bytes < HUGE_PAGE / 2) {
        void* p = std::malloc(bytes == 0 ? 1 : bytes);
        if (p == nullptr) {
            throw std::bad_alloc();
        }
        return p;
    }
    const std::size_t rounded = (bytes + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
    void* p = std::aligned_alloc(HUGE_PAGE, rounded);
    if (p == nullptr) {
        throw std::bad_alloc();
    }
#ifdef __linux__
    madvise(p, rounded, MADV_HUGEPAGE); // a hint: without huge pages it still works
#endif
    return p;
}

namespace {

constexpr std::size_t MAGIC_SIZE = 8;

template <typename T> void putLittle(std::string& out, T v) {
    for (std::size_t i = 0; i < sizeof(T); ++i) {
        out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
    }
}

} // namespace

ModelWriter::ModelWriter(std::string_view magic, std::uint32_t version) {
    std::string m(magic.substr(0, MAGIC_SIZE));
    m.resize(MAGIC_SIZE, ' ');
    bytes_ = m;
    u32(version);
}

void ModelWriter::u8(std::uint8_t v) {
    bytes_.push_back(static_cast<char>(v));
}
void ModelWriter::u16(std::uint16_t v) {
    putLittle(bytes_, v);
}
void ModelWriter::u32(std::uint32_t v) {
    putLittle(bytes_, v);
}
void ModelWriter::u64(std::uint64_t v) {
    putLittle(bytes_, v);
}

void ModelWriter::varint(std::uint64_t v) {
    while (v >= 0x80) {
        bytes_.push_back(static_cast<char>((v & 0x7F) | 0x80));
        v >>= 7;
    }
    bytes_.push_back(static_cast<char>(v));
}

void ModelWriter::f32(float v) {
    std::uint32_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    u32(bits);
}

void ModelWriter::str(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    bytes_.append(s);
}

void ModelWriter::save(const std::string& path) const {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) {
        throw std::runtime_error(path + ": cannot open for writing");
    }
    out.write(bytes_.data(), static_cast<std::streamsize>(bytes_.size()));
    if (!out.flush()) {
        throw std::runtime_error(path + ": write failed");
    }
}

ModelReader ModelReader::open(const std::string& path, std::string_view magic,
                              std::uint32_t version, std::uint32_t oldest) {
    // A folder opens as a stream whose end lies at no size a buffer could hold.
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
        throw std::runtime_error(path + ": is a directory, not a model file");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error(path + ": cannot open model file");
    }
    // One read into a buffer of the file's size (models are tens of MB); a stream copy would
    // hold the bytes twice.
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    in.seekg(0, std::ios::beg);
    std::string bytes;
    if (size > 0) {
        bytes.resize(static_cast<std::size_t>(size));
        in.read(bytes.data(), size);
        bytes.resize(static_cast<std::size_t>(in.gcount()));
    }
    return fromBytes(std::move(bytes), path, magic, version, oldest);
}

ModelReader ModelReader::fromBytes(std::string bytes, const std::string& name,
                                   std::string_view magic, std::uint32_t version,
                                   std::uint32_t oldest) {
    ModelReader r(std::move(bytes), name);
    std::string expected(magic.substr(0, MAGIC_SIZE));
    expected.resize(MAGIC_SIZE, ' ');
    if (r.bytes_.size() < MAGIC_SIZE + 4 || r.bytes_.compare(0, MAGIC_SIZE, expected) != 0) {
        r.fail("not a " + std::string(magic) + " model file (bad magic)");
    }
    r.pos_ = MAGIC_SIZE;
    const std::uint32_t got = r.u32();
    if (oldest == 0 ? got != version : got < oldest || got > version) {
        r.fail("model format version " + std::to_string(got) + ", this kg reads version " +
               (oldest == 0 || oldest == version
                    ? std::to_string(version)
                    : std::to_string(oldest) + " to " + std::to_string(version)) +
               " (retrain the model)");
    }
    r.version_ = got;
    return r;
}

const char* ModelReader::take(std::size_t n) {
    if (n > bytes_.size() - pos_) {
        fail("truncated model file (needed " + std::to_string(n) + " bytes at offset " +
             std::to_string(pos_) + ")");
    }
    const char* p = bytes_.data() + pos_;
    pos_ += n;
    return p;
}

namespace {
template <typename T> T getLittle(const char* p) {
    T v = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i) {
        v = static_cast<T>(v | (static_cast<T>(static_cast<unsigned char>(p[i])) << (8 * i)));
    }
    return v;
}
} // namespace

std::uint8_t ModelReader::u8() {
    return static_cast<std::uint8_t>(*take(1));
}
std::uint16_t ModelReader::u16() {
    return getLittle<std::uint16_t>(take(2));
}
std::uint32_t ModelReader::u32() {
    return getLittle<std::uint32_t>(take(4));
}
std::uint64_t ModelReader::u64() {
    return getLittle<std::uint64_t>(take(8));
}

std::uint64_t ModelReader::varint() {
    std::uint64_t v = 0;
    for (unsigned shift = 0; shift < 64; shift += 7) {
        const auto byte = static_cast<std::uint8_t>(*take(1));
        const std::uint64_t bits = byte & 0x7FU;
        if (shift == 63 && bits > 1) {
            fail("varint over 64 bits");
        }
        v |= bits << shift;
        if ((byte & 0x80U) == 0) {
            return v;
        }
    }
    fail("varint longer than 10 bytes");
}

float ModelReader::f32() {
    const std::uint32_t bits = u32();
    float v = 0;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

std::string ModelReader::str() {
    const std::uint32_t n = u32();
    const char* p = take(n);
    return std::string(p, n);
}

void ModelReader::expectEnd() const {
    if (pos_ != bytes_.size()) {
        fail("unexpected " + std::to_string(bytes_.size() - pos_) +
             " trailing bytes (corrupt model file)");
    }
}

void ModelReader::fail(const std::string& what) const {
    throw std::runtime_error(name_ + ": " + what);
}

} // namespace kg::ingest::nlp
