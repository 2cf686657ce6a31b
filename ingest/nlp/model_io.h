#pragma once
// Little-endian binary model files: an 8-byte magic, a format version, then typed fields.
// Readers throw std::runtime_error("path: why") on a wrong magic, version or a truncated file.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::nlp {

/// Memory for a large table read at random (model weights): blocks of 1 MB or more are aligned
/// to 2 MB and, on Linux, advised to use transparent huge pages, so lookups miss the TLB less.
/// Release with std::free. Throws std::bad_alloc.
void* allocateModelMemory(std::size_t bytes);

/// std::vector allocator over allocateModelMemory.
/// Example: `std::vector<std::int16_t, ModelAllocator<std::int16_t>> weights;`
template <typename T> struct ModelAllocator {
    using value_type = T;
    ModelAllocator() = default;
    template <typename U> ModelAllocator(const ModelAllocator<U>&) {}
    T* allocate(std::size_t n) { return static_cast<T*>(allocateModelMemory(n * sizeof(T))); }
    void deallocate(T* p, std::size_t) { std::free(p); }
    bool operator==(const ModelAllocator&) const { return true; }
};

/// Collects a model in memory and writes it in one go.
/// Example: `ModelWriter w("KGTAGGER", 1); w.u32(n); w.str("NOUN"); w.save("m.bin");`
class ModelWriter {
public:
    ModelWriter(std::string_view magic, std::uint32_t version);
    void u8(std::uint8_t v);
    void u16(std::uint16_t v);
    void u32(std::uint32_t v);
    void u64(std::uint64_t v);
    void varint(std::uint64_t v); ///< 7 bits a byte, low bits first, high bit = more follow
    void f32(float v);
    void str(std::string_view s); ///< u32 length + bytes
    /// Writes the bytes to `path`; throws std::runtime_error("path: why") when it cannot.
    void save(const std::string& path) const;
    const std::string& bytes() const { return bytes_; }

private:
    std::string bytes_;
};

/// Reads a whole model file and checks its header; every read checks bounds.
/// Example: `ModelReader r = ModelReader::open("m.bin", "KGTAGGER", 1); auto n = r.u32();`
class ModelReader {
public:
    /// Accepts format `version`, or any version from `oldest` to `version` when `oldest` is
    /// given (the reader then asks `version()` which one it got).
    static ModelReader open(const std::string& path, std::string_view magic, std::uint32_t version,
                            std::uint32_t oldest = 0);
    /// Same checks on bytes already in memory; `name` is used in error messages.
    static ModelReader fromBytes(std::string bytes, const std::string& name, std::string_view magic,
                                 std::uint32_t version, std::uint32_t oldest = 0);
    std::uint32_t version() const { return version_; } ///< the file's format version
    std::uint8_t u8();
    std::uint16_t u16();
    std::uint32_t u32();
    std::uint64_t u64();
    std::uint64_t varint(); ///< fails on more than 10 bytes or a value over 64 bits
    float f32();
    std::string str();
    /// Bytes not read yet (a bound for reserving space before reading counted records).
    std::size_t remaining() const { return bytes_.size() - pos_; }
    /// Throws unless every byte was read (catches files with trailing garbage).
    void expectEnd() const;
    /// Throws std::runtime_error("name: what").
    [[noreturn]] void fail(const std::string& what) const;

private:
    ModelReader(std::string bytes, std::string name) : bytes_(std::move(bytes)), name_(name) {}
    const char* take(std::size_t n);
    std::string bytes_;
    std::string name_;
    std::size_t pos_ = 0;
    std::uint32_t version_ = 0;
};

} // namespace kg::ingest::nlp
