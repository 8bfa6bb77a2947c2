// SYNTAX TEST "source.mangofix" "declarations: typedef, aliases, structs, classes, properties, methods"

typedef NSInteger Quantity;
// <------- meta.typedef.mangofix keyword.other.typedef.mangofix
//      ^^^^^^^^^ meta.typedef.mangofix entity.name.type.mangofix
//                ^^^^^^^^ meta.typedef.mangofix entity.name.type.typedef.mangofix
typedef BOOL Flag;
//      ^^^^ storage.type.mangofix
//           ^^^^ entity.name.type.typedef.mangofix

@SwiftClassAlias Shop.CartStore CartStore;
// <---------------- keyword.other.swift-class-alias.mangofix
//               ^^^^^^^^^^^^^^ entity.name.type.swift.mangofix
//                              ^^^^^^^^^ entity.name.type.alias.mangofix

declare struct PriceRange {
// <------- meta.struct-declaration.mangofix keyword.other.declare.mangofix
//      ^^^^^^ storage.type.struct.mangofix
//             ^^^^^^^^^^ entity.name.type.struct.mangofix
    typeEncoding: "{PriceRange=dd}",
//  ^^^^^^^^^^^^ support.type.property-name.mangofix
//                ^^^^^^^^^^^^^^^^^ string.quoted.double.mangofix
    keys: low, high
//  ^^^^ support.type.property-name.mangofix
//        ^^^ variable.other.member.mangofix
//             ^^^^ variable.other.member.mangofix
}

CFunction<int, char *, struct PriceRange> fn = CFunction("abs");
// <--------- meta.cfunction-type.mangofix storage.type.mangofix
//       ^ punctuation.definition.type-parameters.begin.mangofix
//        ^^^ meta.cfunction-type.mangofix storage.type.mangofix
//             ^^^^ storage.type.mangofix
//                  ^ storage.modifier.pointer.mangofix
//                     ^^^^^^ storage.type.struct.mangofix
//                            ^^^^^^^^^^ entity.name.type.mangofix
//                                      ^ punctuation.definition.type-parameters.end.mangofix
//                                             ^^^^^^^^^ storage.type.mangofix

@If($appVersion.isEqualToString:(@"4.2.0"))
class OrderListController : UIViewController <UITableViewDataSource, UITableViewDelegate> {
// <----- meta.class.mangofix storage.type.class.mangofix
//    ^^^^^^^^^^^^^^^^^^^ meta.class.mangofix entity.name.type.class.mangofix
//                        ^ punctuation.separator.inheritance.mangofix
//                          ^^^^^^^^^^^^^^^^ entity.other.inherited-class.mangofix
//                                           ^ meta.protocol-list.mangofix punctuation.definition.protocol-list.begin.mangofix
//                                            ^^^^^^^^^^^^^^^^^^^^^ entity.other.inherited-class.protocol.mangofix
//                                                                   ^^^^^^^^^^^^^^^^^^^ entity.other.inherited-class.protocol.mangofix

@property (nonatomic, copy) NSString *emptyText;
// <--------- meta.property.mangofix keyword.other.property.mangofix
//         ^^^^^^^^^ meta.property-attributes.mangofix storage.modifier.property.mangofix
//                    ^^^^ storage.modifier.property.mangofix
//                          ^^^^^^^^ entity.name.type.mangofix
//                                   ^ storage.modifier.pointer.mangofix
//                                    ^^^^^^^^^ variable.other.property.mangofix
@property (weak, strong, assign, atomic) Block onReload;
//         ^^^^ storage.modifier.property.mangofix
//               ^^^^^^ storage.modifier.property.mangofix
//                       ^^^^^^ storage.modifier.property.mangofix
//                               ^^^^^^ storage.modifier.property.mangofix
//                                       ^^^^^ storage.type.mangofix
//                                             ^^^^^^^^ variable.other.property.mangofix
@property () int count;
//           ^^^ storage.type.mangofix
//               ^^^^^ variable.other.property.mangofix

- (void)viewDidLoad {
// <- meta.function.mangofix storage.type.function.method.mangofix
// ^^^^ storage.type.mangofix
//      ^^^^^^^^^^^ meta.function.mangofix entity.name.function.mangofix
    self.ORGviewDidLoad();
//  ^^^^ variable.language.self.mangofix
//      ^ punctuation.accessor.mangofix
//       ^^^^^^^^^^^^^^ meta.method-call.original.mangofix support.function.original.mangofix
    super.viewWillAppear:(YES);
//  ^^^^^ variable.language.super.mangofix
//        ^^^^^^^^^^^^^^ meta.method-call.mangofix entity.name.function.mangofix
}

- (NSInteger)tableView:(UITableView *)tableView numberOfRowsInSection:(NSInteger)section {
// ^^^^^^^^^ entity.name.type.mangofix
//           ^^^^^^^^^ entity.name.function.mangofix
//                    ^ punctuation.separator.arguments.mangofix
//                      ^^^^^^^^^^^ entity.name.type.mangofix
//                                  ^ storage.modifier.pointer.mangofix
//                                    ^^^^^^^^^ variable.parameter.mangofix
//                                              ^^^^^^^^^^^^^^^^^^^^^ entity.name.function.mangofix
//                                                                     ^^^^^^^^^ entity.name.type.mangofix
//                                                                               ^^^^^^^ variable.parameter.mangofix
    return self.ORGtableView:numberOfRowsInSection:(tableView, section);
//              ^^^^^^^^^^^^ support.function.original.mangofix
//                          ^ punctuation.separator.arguments.mangofix
//                           ^^^^^^^^^^^^^^^^^^^^^ support.function.original.mangofix
}

@MethodName("priceRangeFor:")
// <----------- meta.annotation.mangofix storage.type.annotation.mangofix
- (struct PriceRange)rangeFor:(NSArray *)items {
// ^^^^^^ storage.type.struct.mangofix
//        ^^^^^^^^^^ entity.name.type.mangofix
//                   ^^^^^^^^ entity.name.function.mangofix
//                                       ^^^^^ variable.parameter.mangofix
    struct PriceRange r = {low: 0.0, high: 0.0};
//  ^^^^^^ storage.type.struct.mangofix
//         ^^^^^^^^^^ entity.name.type.mangofix
//                              ^^^ constant.numeric.float.mangofix
    return r;
}

+ (NSString *)screenTitle {
// <- storage.type.function.method.mangofix
//            ^^^^^^^^^^^ entity.name.function.mangofix
    return @"Orders";
}

- (void)callback:(CFunction<void, id>)fn {
//                ^^^^^^^^^ storage.type.mangofix
//                                    ^^ variable.parameter.mangofix
}

}
// <- meta.class.mangofix punctuation.section.class.end.mangofix

int afterClass = 1;
// <--- storage.type.mangofix
//  ^^^^^^^^^^ - meta.class.mangofix
