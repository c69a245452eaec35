#pragma once

#include <array>

// The reference data the generator draws from (generator.h): provinces and cities with
// their area codes, the characters of company and person names, industries, products,
// the pipeline's stages and the demo organisation. Internal to shared/dataset.
namespace Huike::Dataset::Reference {

struct Named
{
    const char16_t *han;
    const char *pinyin;
};

struct City
{
    const char16_t *name;
    const char *areaCode;
};

struct Province
{
    const char16_t *name;   // "浙江"
    const char16_t *suffix; // "省", "市", "自治区"
    int region;             // 0 华北, 1 华东, 2 华南, 3 西南/西北
    int weight;
    std::array<City, 4> cities; // unused slots have name == nullptr
};

extern const std::array<Province, 31> Provinces;
extern const std::array<Named, 60> BrandChars;

struct Industry
{
    const char16_t *nameWord; // in the company name
    const char16_t *industry; // the industry field
    const char *domain;
};

extern const std::array<Industry, 18> Industries;
extern const std::array<Named, 60> Surnames;
extern const std::array<Named, 50> GivenChars;
extern const std::array<const char16_t *, 14> Roads;
extern const std::array<const char16_t *, 8> Districts;
extern const std::array<const char16_t *, 10> Titles;
extern const std::array<const char16_t *, 6> ContactDepartments;
extern const std::array<const char16_t *, 6> Sources;
extern const std::array<const char16_t *, 8> Tags;

struct ActivityText
{
    const char *kind;
    const char16_t *subject;
    const char16_t *body;
    const char16_t *nextStep;
};

extern const std::array<ActivityText, 8> ActivityTexts;

struct ProductDef
{
    const char *code;
    const char16_t *name;
    const char16_t *spec;
    const char16_t *unit;
    const char *price; // yuan, excl. VAT
    int vat;
    const char16_t *category; // what the warranty rules go by
    bool part = false;        // 配件
};

extern const std::array<ProductDef, 16> Products;

struct Stage
{
    const char *code;
    int probability;
};

extern const std::array<Stage, 6> Stages;

// The demo organisation.
struct UserDef
{
    const char *login;
    const char16_t *name;
    const char *role;
    int department; // index into Departments, -1 none
};

extern const std::array<const char16_t *, 7> Departments;
extern const std::array<UserDef, 24> Users;

// The departments a clerk serves besides their own: 商务部 handles the quotes, contracts and
// payments of the whole sales department, so its clerk sees the customers owned there
// (server/auth/visibility.h: a clerk sees the customers of their departments' subtrees).
struct Serves
{
    const char *login;
    int department; // index into Departments
};

extern const std::array<Serves, 1> ServedDepartments;

} // namespace Huike::Dataset::Reference
