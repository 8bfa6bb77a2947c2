"""``mangopy convert``: Objective-C methods (parsed by libclang with the stub SDK and the members
the manifests declare) written as MangoFix, checked by the real parser and checker."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from mangopy.cli import main
from mangopy.convert import Conversion, ConvertError, convert_file
from mangopy.convert.source import read_source
from mangopy.export.parse import _clang
from mangopy.semantics.analyze import analyze
from mangopy.semantics.manifest import baseline
from mangopy.syntax import ast, parse

DATA = Path(__file__).resolve().parent / "data"
_FORMATTING = {"stringByAppendingFormat:": "stringByAppendingString:", "appendFormat:": "appendString:"}
FIXTURES = sorted(DATA.glob("*.m"))


@pytest.fixture(scope="module")
def conversions() -> dict[str, Conversion]:
    return {f.name: convert_file(f, [baseline()]) for f in FIXTURES}


def _objc_sends(path: Path, skipped_lines: set[int]) -> Counter[str]:
    """The selectors of the file's message expressions, as clang names them (outside the lines
    the conversion reported as not converted)."""
    ci = _clang()
    tu = read_source(path, [baseline()]).tu
    found: Counter[str] = Counter()
    stack = [c for c in tu.cursor.get_children() if c.location.file is not None and c.location.file.name == str(path)]
    while stack:
        c = stack.pop()
        if c.kind == ci.CursorKind.OBJC_MESSAGE_EXPR and c.extent.start.line not in skipped_lines:
            # docs/convert.md: a simple format is written as a concatenation (the formatting
            # message becomes its string counterpart, or nothing for `[NSString stringWithFormat:]`)
            selector = _FORMATTING.get(c.spelling, c.spelling)
            if c.spelling == "stringWithFormat:":
                receiver = [t.spelling for t in c.get_tokens()][1]
                selector = "stringWithString:" if receiver == "NSMutableString" else ""
            if selector:
                found[selector] += 1
        stack.extend(c.get_children())
    return found


def _mangofix_sends(text: str) -> Counter[str]:
    return Counter(n.selector for n in ast.walk(parse(text).module) if isinstance(n, ast.MessageSend))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_every_script_parses_and_sends_what_the_objective_c_sends(
    fixture: Path, conversions: dict[str, Conversion]
) -> None:
    """The oracle, for message sends: the selectors the Objective-C sends (clang's tree) are the
    selectors the MangoFix sends (mangopy's tree), except in statements reported as not converted."""
    conversion = conversions[fixture.name]
    result = parse(conversion.text)
    assert result.ok, [d.message for d in result.errors]
    # a statement left out starts at the line reported (and may run over a few lines)
    skipped = {n for p in conversion.problems if p.severity == "error" for n in range(p.line, p.line + 8)}
    expected = _objc_sends(fixture, skipped)
    got = _mangofix_sends(conversion.text)
    if not skipped:
        assert expected, "the fixture sends messages"
        assert got == expected
    assert expected - got == Counter(), f"sends lost: {expected - got}"


def test_sends_literals_control_flow_and_blocks_read_as_mangofix(conversions: dict[str, Conversion]) -> None:
    text = conversions["order_view_controller.m"].text
    assert "super.viewDidLoad();" in text
    assert (
        "self.tableView = UITableView.alloc().initWithFrame:style:(self.view.bounds, 0 /* UITableViewStylePlain */);"
        in text
    )
    assert "self.view.addSubview:(self.tableView);" in text
    assert 'NSArray *list = @[@"a", @"b", @3];' in text
    assert "struct CGRect r = CGRectMake(0, 0, 100, 44.5);" in text
    assert "dispatch_async(dispatch_get_main_queue(), ^{" in text
    feed = conversions["feed_controller.m"].text
    assert "__weak FeedController *weakSelf = self;" in feed
    assert "NSDictionary *post = self.posts[indexPath.row];" in feed  # subscripts of objects
    assert 'cell.textLabel.text = post[@"title"];' in feed
    assert "^(NSData *data, NSURLResponse *response, NSError *error) {" in feed
    assert "} while (NO);" in feed
    assert "for (; steps < 3; steps++) {" in feed
    assert "+ (id)feedWithPosts:(NSArray *)posts {" in feed  # a category's method, in its class
    assert feed.count("class FeedController : UITableViewController {") == 1
    cell = conversions["cart_cell.m"].text
    assert "frame.origin.x += 15;" in cell
    assert "Block handler = ^(NSString *text) {" in cell


def test_what_mangofix_cannot_say_is_reported_at_its_line(conversions: dict[str, Conversion]) -> None:
    conversion = conversions["unsupported.m"]
    source = (DATA / "unsupported.m").read_text().split("\n")
    reported = {p.line: p.message for p in conversion.problems if p.severity == "error"}
    for needle, words in [
        ("@try", "`@try`"),
        ("(int)(amount", "cast to `int`"),
        ("self.flags | 4", "`|`"),
        ("stringWithFormat", "prints no such format"),
        ("values[3]", "C array"),
        ("@synchronized", "`@synchronized`"),
        ('NSLog(@"%@ %x", line, cents)', "the format `%x`"),
        ("cents++", "used as a value"),
    ]:
        line = next(n for n, text in enumerate(source, 1) if needle in text)
        assert words in reported.get(line, ""), (needle, reported)
    assert conversion.text.count("// mangopy convert: not converted") == 8
    assert "cents++;" in conversion.text  # `++cents;`: the new value either way


def test_the_command_writes_the_script_and_says_what_it_could_not(tmp_path: Path) -> None:
    out = tmp_path / "fix.mg"
    result = CliRunner().invoke(main, ["convert", str(DATA / "unsupported.m"), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "unsupported.m:11:5: error: `@try`" in result.output
    assert out.read_text().startswith("class Ledger : NSObject {")
    clean = tmp_path / "Clean.m"
    clean.write_text(
        "#import <UIKit/UIKit.h>\n@interface Clean : UIViewController\n@end\n"
        '@implementation Clean\n- (void)viewDidLoad {\n    [super viewDidLoad];\n    self.title = @"Orders";\n}\n@end\n'
    )
    result = CliRunner().invoke(main, ["convert", str(clean), "--method", "viewDidLoad"])
    assert result.exit_code == 0, result.output
    assert 'self.title = @"Orders";' in result.output


def test_bad_input_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["convert", str(tmp_path / "missing.m")])
    assert result.exit_code == 2
    assert "cannot read" in result.output
    result = CliRunner().invoke(main, ["convert", str(DATA / "unsupported.m"), "--class", "Nope"])
    assert result.exit_code == 2
    assert "no method to convert" in result.output
    with pytest.raises(ConvertError):
        convert_file(DATA / "unsupported.m", [baseline()], selectors=["nothing:"])


def test_the_documented_command_works_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re
    import shlex
    import shutil

    root = DATA.parent.parent.parent
    doc = (root / "docs" / "convert.md").read_text(encoding="utf-8")
    commands = [line for block in re.findall(r"```sh\n(.*?)```", doc, re.S) for line in block.splitlines()]
    assert commands and all(c.startswith(("mangopy convert ", "mangopy patch ")) for c in commands)
    patches = [c for c in commands if c.startswith("mangopy patch ")]
    commands = [c for c in commands if c.startswith("mangopy convert ")]
    shutil.copytree(root / "tests" / "convert" / "data", tmp_path / "tests" / "convert" / "data")
    shutil.copytree(root / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    for command in commands:
        result = CliRunner().invoke(main, shlex.split(command)[1:])
        assert result.exit_code in (0, 1), result.output
    assert (tmp_path / "fix.mg").read_text().startswith("class FeedController : UITableViewController {")
    # the `patch` examples, in a repository with a release tag, a later commit and an edit
    from tests.convert.gitrepo import CART_H, CART_M, Repo

    repo = Repo(tmp_path / "app")
    repo.commit("first", **{"Cart.h": CART_H, "Cart.m": CART_M})
    repo.git("tag", "release-1.0")
    repo.commit("fix", **{"Cart.m": CART_M.replace("@[]", "nil")})
    repo.write("Cart.m", CART_M.replace("@[]", "@[@1]"))
    monkeypatch.chdir(repo.root)
    assert patches
    for command in patches:
        result = CliRunner().invoke(main, shlex.split(command)[1:])
        assert result.exit_code == 0, (command, result.output)
        assert "-[CartController clear] changed (Cart.m)" in result.output or "-o" in command
    assert "-[CartController clear] changed (Cart.m)" in (repo.root / "fix.mg").read_text()


def test_the_projects_build_settings_are_read(tmp_path: Path) -> None:
    """A class the file knows only through the project's prefix header: typed (and converted)
    with the project's settings, refused without them (clang could not type it)."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "App-Prefix.pch").write_text('#import <UIKit/UIKit.h>\n#import "Basket.h"\n')
    (tmp_path / "Model").mkdir()
    (tmp_path / "Model" / "Basket.h").write_text(
        "#import <Foundation/Foundation.h>\n@interface Basket : NSObject\n- (void)emptyAll;\n@end\n"
    )
    (tmp_path / "Screens").mkdir()
    source = tmp_path / "Screens" / "BasketViewController.m"
    source.write_text(
        "@interface BasketViewController : UIViewController\n@property (nonatomic, strong) Basket *basket;\n@end\n"
        "@implementation BasketViewController\n- (void)clear {\n    [self.basket emptyAll];\n}\n@end\n"
    )
    (tmp_path / "Model" / "Basket.h").rename(tmp_path / "Basket.h")  # where the prefix header finds it
    with_settings = convert_file(source, [baseline()], project=tmp_path)
    assert "self.basket.emptyAll();" in with_settings.text, with_settings.problems
    alone = convert_file(source, [baseline()])
    assert "self.basket.emptyAll();" not in alone.text
    assert alone.problems
    result = CliRunner().invoke(main, ["convert", str(source)])  # the checkout is found from the file
    assert "self.basket.emptyAll();" in result.output


def test_macros_are_written_as_mangofix_can_say_them(tmp_path: Path) -> None:
    """Constants by their value (the name in a comment), MIN/MAX/ABS as conditionals, assertions
    left out with a warning, other macros refused; an NS_OPTIONS parameter is unsigned."""
    conversion = convert_file(DATA / "macros.m", [baseline()])
    text = conversion.text
    assert (
        "CGFloat h = (width > 44.0 ? width : 44.0) * 0.6180469715698392 /* kGoldenRatio */ + 44.0 /* kRowHeight */;"
        in text
    )
    assert "NSInteger rows = (count < 3 ? count : 3);" in text
    assert "NSInteger delta = (count < 0 ? (-count) : count) - rows;" in text
    assert "self.layer.shadowOpacity = 0.25 /* kShadowOpacity */;" in text
    assert '(@"feed.cache" /* kCacheKey */).stringByAppendingString:(name)' in text
    assert "- (NSString *)cacheKeyForState:(uint)state {" in text  # UIControlState is NS_OPTIONS (unsigned)
    assert "NSStringFromClass(self.class())" in text  # `self.class`: `class` is a MangoFix keyword
    # a C function MangoFix does not predefine: declared for the method, looked up by name
    assert (
        "- (NSString *)cacheKeyForState:(uint)state {\n"
        '    CFunction<id, Class> NSStringFromClass = CFunction("NSStringFromClass");' in text
    )
    findings = analyze(text, "macros.mg", baseline()).diagnostics
    assert not [d for d in findings if d.code == "MF130"], [d.message for d in findings]
    said = {(p.line, p.severity, p.message) for p in conversion.problems}
    assert (18, "warning", "`NSParameterAssert` left out: MangoFix has no assertions") in said
    assert (33, "error", "the macro `LOCK`: MangoFix has no macros, and it stands for no constant") in said
    assert "// mangopy convert: assertion left out: NSParameterAssert(width > 0)" in text
    # a macro's argument using another macro, and an operator only clang's tree knows
    source = tmp_path / "Sizes.m"
    source.write_text(
        "#import <UIKit/UIKit.h>\n#define kRow 44\n#define kRatio (1.0 / 2)\n"
        "@interface Sizes : NSObject\n@end\n@implementation Sizes\n"
        "- (CGFloat)height:(CGFloat)width {\n    return MAX(kRow, width * kRatio);\n}\n@end\n"
    )
    sized = convert_file(source, [baseline()])
    assert "return (44 > (width * (1.0 / 2)) ? 44 : (width * (1.0 / 2)));" in sized.text, sized.text
    assert parse(sized.text).ok and not sized.problems
    # a static C function of the file: no symbol to look up at run time
    source.write_text(
        "#import <UIKit/UIKit.h>\nstatic CGFloat half(CGFloat x) { return x / 2; }\n"
        "@interface Sizes : NSObject\n@end\n@implementation Sizes\n"
        "- (CGFloat)height:(CGFloat)width {\n    return half(width);\n}\n@end\n"
    )
    static = convert_file(source, [baseline()])
    assert [(p.line, p.message) for p in static.problems] == [
        (7, "`half` is an inline or static C function: the app has no symbol to call at run time")
    ]


def test_a_project_header_is_found_by_its_name_as_xcode_does(tmp_path: Path) -> None:
    """`#import "Helper.h"` from another folder of the project: Xcode's header maps find it, and so
    does the conversion (the export's include planning), instead of reading it as empty."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "Private").mkdir()
    (tmp_path / "Private" / "Helper.h").write_text(
        "#import <Foundation/Foundation.h>\n#define kLimit 5\n@interface Helper : NSObject\n+ (void)flush;\n@end\n"
    )
    (tmp_path / "Core").mkdir()
    source = tmp_path / "Core" / "Thing.m"
    source.write_text(
        '#import "Helper.h"\n@interface Thing : NSObject\n@end\n@implementation Thing\n'
        "- (NSInteger)limit {\n    [Helper flush];\n    return kLimit;\n}\n@end\n"
    )
    conversion = convert_file(source, [baseline()], project=tmp_path)
    assert "Helper.flush();" in conversion.text and "return 5 /* kLimit */;" in conversion.text, conversion.problems
    assert not conversion.problems


def test_simple_formats_become_the_concatenation_mangofix_prints_alike(conversions: dict[str, Conversion]) -> None:
    """`%@`, `%d`/`%ld`, `%u`/`%lu`, `%s`, `%f` and `%%` print with `+` as with the format (objects
    by their description, integers in decimal, doubles with six decimals); anything else is refused."""
    conversion = conversions["formats.m"]
    text = conversion.text
    assert 'NSLog(@"count " + count + @" of " + self.name);' in text
    assert 'NSMutableString.stringWithString:(\n        @"" + self.name + @": " + count + @"%"\n    );' in text
    assert 'text.appendString:(@" (" + total + @")");' in text
    assert 'self.name.stringByAppendingString:(@"" + count + @" items");' in text
    assert 'self.label.text = (@"" + text + @" / " + items);' in text
    errors = [(p.line, p.message) for p in conversion.problems if p.severity == "error"]
    assert errors == [(17, "the format `%.2f`: MangoFix's `+` prints no such format")]
    # the signed count printed as unsigned: the cast is said, not dropped in silence
    assert [p.line for p in conversion.problems if p.severity == "warning"] == [15]


def test_the_original_implementation_is_called_as_mangofix_does(conversions: dict[str, Conversion]) -> None:
    """`[self ORGviewDidLoad]` in the Objective-C fix (the marker docs/convert.md documents) is
    typed by clang (the ORG selectors are declared for it) and written `self.ORGviewDidLoad()`;
    every line keeps its number."""
    conversion = conversions["original.m"]
    assert conversion.problems == []
    assert "- (void)viewDidLoad {\n    self.ORGviewDidLoad();\n" in conversion.text
    assert "return self.ORGtableView:numberOfRowsInSection:(tableView, section);" in conversion.text


def test_lines_keep_their_numbers_when_original_selectors_are_declared(tmp_path: Path) -> None:
    source = tmp_path / "Wrap.m"
    source.write_text(
        (DATA / "original.m").read_text().replace("    self.tableView.rowHeight = 44;", "    [self undeclaredThing];")
    )
    conversion = convert_file(source, [baseline()])
    assert [p.line for p in conversion.problems if p.severity == "error"] == [8]


def test_structs_of_the_app_are_declared_from_clangs_layout(conversions: dict[str, Conversion]) -> None:
    conversion = conversions["structs.m"]
    text = conversion.text
    assert text.startswith(
        'declare struct PriceRange {\n    typeEncoding: "{PriceRange=dd}",\n    keys: low, high\n}\n\n'
        'declare struct GridSpot {\n    typeEncoding: "{GridSpot=qq}",\n    keys: row, column\n}\n'
    )
    assert "- (double)spread:(struct PriceRange)range at:(struct GridSpot)spot {" in text
    assert "CGRect" not in text.split("class ShelfView")[0]  # a built-in struct is not declared again
    assert [(p.line, p.message) for p in conversion.problems] == [
        (32, "`struct Mixed` cannot be declared in MangoFix: its field `count` is padded, and MangoFix lays fields"
         " out back to back")
    ]  # fmt: skip
    findings = analyze(text, "structs.mg", baseline()).diagnostics
    assert not [d for d in findings if d.code == "MF153"], [d.message for d in findings]


def test_block_parameters_carry_their_signature(tmp_path: Path) -> None:
    """A native caller may pass a block without a signature: MangoFix can call it only through a
    parameter typed `@Signature("...") Block`, which the conversion writes from clang's type."""
    source = tmp_path / "Loader.m"
    source.write_text(
        "#import <UIKit/UIKit.h>\n@interface Loader : NSObject\n@end\n@implementation Loader\n"
        "- (void)load:(NSURL *)url completion:(void (^)(NSData *data, NSError *error))completion"
        " progress:(void (^)(CGFloat done, BOOL last))progress {\n"
        "    progress(0.5, NO);\n    completion(nil, nil);\n}\n@end\n"
    )
    conversion = convert_file(source, [baseline()])
    assert (
        '- (void)load:(NSURL *)url completion:(@Signature("v@?@@") Block)completion'
        ' progress:(@Signature("v@?dB") Block)progress {'
    ) in conversion.text
    assert parse(conversion.text).ok and not conversion.problems


PITFALLS = """\
#import <UIKit/UIKit.h>
static NSString * const kName = @"name";
static void *kContext = &kContext;
static const CGFloat kInset = 8.0;
extern NSString * const AppDidSyncNotification;
enum Style { StyleA, StyleB };
@interface Foo : UIViewController
@end
@implementation Foo
+ (void)initialize {
    if (self == [Foo self]) {
        NSLog(@"init");
    }
}
- (NSInteger)pick:(NSInteger)i count:(NSInteger)n path:(NSIndexPath *)indexPath {
    NSString *copyright = @"Copyright \u00a9 2015" " Foo";
    NSString *key = kName;
    CGSize size = CGSizeZero;
    CGFloat inset = kInset;
    NSString *note = AppDidSyncNotification;
    void *ctx = kContext;
    long row = (long)indexPath.row;
    UINavigationController *nav = (UINavigationController *)self.parentViewController;
    return MAX(MIN(i, n - 1), 0);
}
- (void)setStyle:(enum Style)style {
    NSString *title = self.title ?: @"none";
    BOOL delegates = [self conformsToProtocol:@protocol(UITableViewDelegate)];
}
- (BOOL)isGrid:(enum DisplayMode)mode {
    return YES;
}
- (void)rotate:(UnknownOrientation)o {
}
+ (BOOL)isPad {
    return OldStyleFunction() == 1;
}
@end
int OldStyleFunction();
"""


def test_pitfalls_of_real_code_are_written_right_or_said(tmp_path: Path) -> None:
    """Found on real projects (JSQMessagesViewController, AFNetworking, energy-legacy): each is
    either written as MangoFix means it, or reported; never unparsable, never a traceback."""
    source = tmp_path / "Foo.m"
    source.write_text(
        PITFALLS.replace("int OldStyleFunction();\n", "").replace(
            "@interface Foo", "int OldStyleFunction();\n@interface Foo"
        ),
        encoding="utf-8",
    )
    conversion = convert_file(source, [baseline()])
    text = conversion.text
    assert parse(text).ok, text
    for line in (
        "if (self == Foo.class()) {",  # `self` cannot follow a dot in MangoFix
        'NSString *copyright = @"Copyright \u00a9 2015 Foo";',  # as written, adjacent pieces joined
        '@"name" /* kName */;',
        "struct CGSize size = CGSizeMake(0, 0);",
        "CGFloat inset = 8.0 /* kInset */;",
        "extern NSString *AppDidSyncNotification;",  # a global of the app, read by its symbol
        "NSString *note = AppDidSyncNotification;",
        "int row = indexPath.row;",  # a cast of a property read that changes nothing
        "UINavigationController *nav = self.parentViewController;",
        "return ((i < (n - 1) ? i : (n - 1)) > 0 ? ((i < (n - 1) ? i : (n - 1))) : 0);",  # nested MIN/MAX
        "- (void)setStyle:(int)style {",  # a C enum without a fixed type is encoded `i`
        'NSString *title = self.title ?: @"none";',
        'BOOL delegates = self.conformsToProtocol:(NSProtocolFromString(@"UITableViewDelegate"));',
        'CFunction<id, id> NSProtocolFromString = CFunction("NSProtocolFromString");',
    ):
        assert line in text, (line, text)
    said = {p.line: p.message for p in conversion.problems if p.severity == "error"}
    assert "static variable of the file" in said[22]
    assert said[31] == (
        "-[Foo isGrid:] not converted: clang does not know the type `enum DisplayMode` (is its header found?)"
    )
    assert said[34].startswith("-[Foo rotate:] not converted: clang could not type its signature")
    assert "declared without its parameters" in said[37]


def test_localized_strings_are_the_lookup_they_stand_for(tmp_path: Path) -> None:
    source = tmp_path / "Loc.m"
    source.write_text(
        "#import <UIKit/UIKit.h>\n@interface Loc : NSObject\n@end\n@implementation Loc\n- (NSString *)title {\n"
        '    NSString *a = NSLocalizedString(@"Done", @"button title");\n'
        '    NSString *b = NSLocalizedStringFromTable(@"Cancel", @"Buttons", nil);\n'
        "    CGContextNotInTheSDK(nil, 1);\n"
        "    return [a stringByAppendingString:b];\n}\n@end\n"
    )
    conversion = convert_file(source, [baseline()])
    flat = " ".join(conversion.text.split())
    assert 'NSString *a = NSBundle.mainBundle().localizedStringForKey:value:table:(@"Done", @"", nil);' in flat
    assert 'localizedStringForKey:value:table:( @"Cancel", @"", @"Buttons" );' in flat
    assert [(p.line, p.message) for p in conversion.problems] == [
        (8, "`CGContextNotInTheSDK` is not declared (is its header found?)")
    ]


def test_an_autoreleasepool_is_left_out_and_its_statements_kept(tmp_path: Path) -> None:
    source = tmp_path / "Pool.m"
    source.write_text(
        "#import <UIKit/UIKit.h>\n@interface Pool : NSObject\n@end\n@implementation Pool\n"
        "- (void)drain:(NSArray *)items {\n    for (id item in items) {\n        @autoreleasepool {\n"
        '            NSString *s = [item description];\n            NSLog(@"%@", s);\n        }\n    }\n}\n@end\n'
    )
    conversion = convert_file(source, [baseline()])
    assert "for (id item in items) {\n        // mangopy convert: @autoreleasepool left out\n" in conversion.text
    assert "NSString *s = item.description();" in conversion.text and 'NSLog(@"" + s);' in conversion.text
    assert [(p.line, p.severity) for p in conversion.problems] == [(7, "warning")]
