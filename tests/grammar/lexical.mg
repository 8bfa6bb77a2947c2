// SYNTAX TEST "source.mangofix" "lexical structure: comments, literals, keywords, annotations"

// a line comment
// <-- comment.line.double-slash.mangofix punctuation.definition.comment.mangofix
// ^^^^^^^^^^^^^^^ comment.line.double-slash.mangofix

/* a block comment */ int x = 1;
// <-- comment.block.mangofix punctuation.definition.comment.begin.mangofix
// ^^^^^^^^^^^^^^^^^ comment.block.mangofix
//                 ^^ punctuation.definition.comment.end.mangofix
//                    ^^^ storage.type.mangofix
//                            ^ constant.numeric.decimal.mangofix

int a = 42;
//      ^^ constant.numeric.decimal.mangofix
int z = 0;
//      ^ constant.numeric.decimal.mangofix
uint h = 0x1F;
// <---- storage.type.mangofix
//       ^^^^ constant.numeric.hex.mangofix
uint o = 0755;
//       ^^^^ constant.numeric.octal.mangofix
double d = 13.25;
// <------ storage.type.mangofix
//         ^^^^^ constant.numeric.float.mangofix
id n = @12;
//     ^ punctuation.definition.literal.mangofix
//      ^^ constant.numeric.decimal.mangofix
int notNumber = abc123;
//                 ^^^ - constant.numeric.decimal.mangofix constant.numeric.octal.mangofix

CString s = "tab\there \"q\" \\ end\n";
// <------- storage.type.mangofix
//          ^ string.quoted.double.mangofix punctuation.definition.string.begin.mangofix
//           ^^^ string.quoted.double.mangofix
//              ^^ constant.character.escape.mangofix
//                     ^^ constant.character.escape.mangofix
//                        ^^ constant.character.escape.mangofix
//                           ^^ constant.character.escape.mangofix
//                                 ^^ constant.character.escape.mangofix
//                                   ^ punctuation.definition.string.end.mangofix
CString r = "\r stays";
//           ^^ - constant.character.escape.mangofix
NSString *t = @"obj-c \"string\"";
//            ^ string.quoted.double.nsstring.mangofix punctuation.definition.string.nsstring.mangofix
//             ^ string.quoted.double.nsstring.mangofix punctuation.definition.string.begin.mangofix
//              ^^^^^^ string.quoted.double.nsstring.mangofix
//                    ^^ constant.character.escape.mangofix
//                              ^ punctuation.definition.string.end.mangofix

BOOL yes = YES;
// <---- storage.type.mangofix
//         ^^^ constant.language.boolean.mangofix
BOOL no = NO;
//        ^^ constant.language.boolean.mangofix
id obj = nil;
// <-- storage.type.mangofix
//       ^^^ constant.language.null.mangofix
Pointer p = NULL;
// <------- storage.type.mangofix
//          ^^^^ constant.language.null.mangofix
Class c = nil;
// <----- storage.type.mangofix
SEL sel = nil;
// <--- storage.type.mangofix
Block b = nil;
// <----- storage.type.mangofix
int classes = 1;
//  ^^^^^^^ - storage.type.mangofix storage.type.class.mangofix

static int loads = 0;
// <------ storage.modifier.mangofix
//     ^^^ storage.type.mangofix
__strong id strongRef = nil;
// <-------- storage.modifier.mangofix
extern int globalCounter;
// <------ storage.modifier.mangofix

if (loads > 0) { loads--; } else { loads++; }
// <-- keyword.control.mangofix
//        ^ keyword.operator.comparison.mangofix
//                    ^^ keyword.operator.increment-decrement.mangofix
//                          ^^^^ keyword.control.mangofix
for (id item in items) { continue; }
// <--- keyword.control.mangofix
//           ^^ keyword.control.mangofix
//                       ^^^^^^^^ keyword.control.mangofix
while (YES) { break; }
// <----- keyword.control.mangofix
//            ^^^^^ keyword.control.mangofix
do { loads += 1; } while (loads < 3);
// <-- keyword.control.mangofix
//         ^^ keyword.operator.assignment.mangofix
switch (loads) {
// <------ keyword.control.mangofix
    case 0: { loads = 1; }
//  ^^^^ keyword.control.mangofix
    default: { loads = 2; }
//  ^^^^^^^ keyword.control.mangofix
}
BOOL both = a && !b || c != d;
//            ^^ keyword.operator.logical.mangofix
//               ^ keyword.operator.logical.mangofix
//                  ^^ keyword.operator.logical.mangofix
//                       ^^ keyword.operator.comparison.mangofix
int q = c ? 1 : 2;
//        ^ keyword.operator.ternary.mangofix
Pointer ref = &loads;
//            ^ keyword.operator.address.mangofix

@If($systemVersion.doubleValue() >= 13.0)
// <--- meta.annotation.mangofix storage.type.annotation.mangofix
//  ^^^^^^^^^^^^^^ meta.annotation.mangofix support.variable.mangofix
//                 ^^^^^^^^^^^ meta.annotation.mangofix entity.name.function.mangofix
//                                  ^^^^ meta.annotation.mangofix constant.numeric.float.mangofix
#If($appVersion.isEqualToString:(@"4.2.0"))
// <--- meta.annotation.mangofix storage.type.annotation.mangofix
@SwiftModule("Shop")
// <------------ meta.annotation.mangofix storage.type.annotation.mangofix
//           ^^^^^^ string.quoted.double.mangofix
@Whatever
// <--------- storage.type.annotation.mangofix
class Annotated : NSObject {
}
