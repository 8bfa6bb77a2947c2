// SYNTAX TEST "source.mangofix" "expressions: message sends, ORG calls, blocks, built-ins, @ literals"

class OrderBadgeView : UIView {
- (void)showCount:(int)count animated:(BOOL)animated {
    self.ORGshowCount:animated:(count, animated);
//       ^^^^^^^^^^^^ meta.method-call.original.mangofix support.function.original.mangofix
//                   ^ punctuation.separator.arguments.mangofix
//                    ^^^^^^^^ support.function.original.mangofix
    self.label.setText:(@"n");
//       ^^^^^ variable.other.property.mangofix
//             ^^^^^^^ meta.method-call.mangofix entity.name.function.mangofix
//                    ^ meta.method-call.mangofix punctuation.separator.arguments.mangofix
    self.layer.setValue:forKey:(@1, @"badge");
//             ^^^^^^^^ entity.name.function.mangofix
//                     ^ punctuation.separator.arguments.mangofix
//                      ^^^^^^ entity.name.function.mangofix
//                            ^ punctuation.separator.arguments.mangofix
    Class k = self.class();
//                 ^^^^^ meta.method-call.mangofix entity.name.function.mangofix
//                 ^^^^^ - storage.type.class.mangofix storage.type.mangofix
    id dup = self.copy();
//                ^^^^ entity.name.function.mangofix
    id items = self.items.count;
//                  ^^^^^ variable.other.property.mangofix
//                        ^^^^^ variable.other.property.mangofix
    SEL s = @selector(tableView:numberOfRowsInSection:);
//          ^^^^^^^^^ meta.selector.mangofix keyword.other.selector.mangofix
//                    ^^^^^^^^^ meta.selector.mangofix entity.name.function.mangofix
//                             ^ punctuation.separator.arguments.mangofix
//                              ^^^^^^^^^^^^^^^^^^^^^ entity.name.function.mangofix
    __weak id weakSelf = self;
//  ^^^^^^ storage.modifier.mangofix
    dispatch_async(dispatch_get_main_queue(), ^{
//  ^^^^^^^^^^^^^^ support.function.mangofix
//                 ^^^^^^^^^^^^^^^^^^^^^^^ support.function.mangofix
//                                            ^ keyword.operator.block.mangofix
//                                             ^ meta.block.mangofix punctuation.section.block.begin.mangofix
        weakSelf.tableView.reloadData();
//                         ^^^^^^^^^^ entity.name.function.mangofix
    });
    Block twice = ^(int n) { return n * 2; };
//                ^ keyword.operator.block.mangofix
//                 ^ meta.block-literal.parameters.mangofix punctuation.section.parameters.begin.mangofix
//                  ^^^ storage.type.mangofix
//                      ^ variable.parameter.mangofix
//                                    ^ keyword.operator.arithmetic.mangofix
    Block typed = ^BOOL(NSString *text, id other) { return YES; };
//                ^ keyword.operator.block.mangofix
//                 ^^^^ storage.type.mangofix
//                      ^^^^^^^^ entity.name.type.mangofix
//                                ^^^^ variable.parameter.mangofix
//                                      ^^ storage.type.mangofix
//                                         ^^^^^ variable.parameter.mangofix
    Block plain = ^void { NSLog(@"done"); };
//                ^ keyword.operator.block.mangofix
//                 ^^^^ storage.type.mangofix
//                        ^^^^^ support.function.mangofix
    int r = twice(2);
//          ^^^^^ variable.function.mangofix
    CGRect frame = CGRectMake(0, 0, 10.5, 20);
//                 ^^^^^^^^^^ support.function.mangofix
    dispatch_after(dispatch_time(DISPATCH_TIME_NOW, 1 * NSEC_PER_SEC), dispatch_get_main_queue(), ^{ });
//  ^^^^^^^^^^^^^^ support.function.mangofix
//                               ^^^^^^^^^^^^^^^^^ support.constant.mangofix
    NSArray *list = @[@1, @2.5, @(count)];
//  ^^^^^^^ entity.name.type.mangofix
//                  ^ punctuation.definition.literal.mangofix
//                   ^ punctuation.section.brackets.mangofix
//                              ^ punctuation.definition.literal.mangofix
    NSDictionary *map = @{@"k": @YES};
//                      ^ punctuation.definition.literal.mangofix
//                                ^^ storage.type.annotation.mangofix
    int c = animated ? count : 0;
//                   ^ keyword.operator.ternary.mangofix
//                           ^ punctuation.separator.colon.mangofix
}
}
