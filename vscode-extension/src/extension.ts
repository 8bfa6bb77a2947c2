// VS Code client for the mangopy language server (`mangopy lsp`, stdio).
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
} from "vscode-languageclient/node";

const CLIENT_ID = "mangopy"; // also makes vscode-languageclient honour `mangopy.trace.server`
const CLIENT_NAME = "mangopy language server";
// The distribution is `mangofix-tools`; until it is on PyPI it installs from a checkout or a wheel.
const INSTALL_HINT = "pip install /path/to/mangopy-checkout (distribution mangofix-tools)";

let client: LanguageClient | undefined;
let outputChannel: vscode.OutputChannel;
let statusItem: vscode.StatusBarItem;

interface ServerCommand {
  command: string;
  args: string[];
}

function serverCommand(): ServerCommand {
  const config = vscode.workspace.getConfiguration("mangopy");
  const configured = config.get<string[]>("serverCommand");
  if (Array.isArray(configured) && configured.length > 0) {
    return { command: configured[0], args: configured.slice(1) };
  }
  const python = config.get<string>("pythonPath");
  if (typeof python === "string" && python.trim().length > 0) {
    return { command: python.trim(), args: ["-m", "mangopy", "lsp"] };
  }
  return { command: "mangopy", args: ["lsp"] };
}

/** Open every MangoFix script of the workspace (in the background) so the server checks them all. */
async function checkWorkspace(): Promise<void> {
  const files = await vscode.workspace.findFiles("**/*.{mg,mf}", "**/{node_modules,.git,build}/**");
  for (const file of files) {
    await vscode.workspace.openTextDocument(file);
  }
  void vscode.window.showInformationMessage(
    `mangopy: checking ${files.length} script${files.length === 1 ? "" : "s"}; see the Problems panel.`,
  );
  await vscode.commands.executeCommand("workbench.actions.view.problems");
}

interface ConvertProblem {
  line: number;
  column: number;
  severity: string;
  message: string;
}

interface ConvertResult {
  text: string;
  methods: string[];
  problems: ConvertProblem[];
  findings: number;
}

/**
 * Convert the Objective-C methods the selection covers (the method at the cursor, or the whole
 * file) with the server (`mangopy.convertObjectiveC`), and open the script beside the source.
 */
async function convertSelection(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !["objective-c", "objective-cpp"].includes(editor.document.languageId)) {
    void vscode.window.showErrorMessage("mangopy: open an Objective-C file (.m) to convert.");
    return;
  }
  if (!client || !client.isRunning()) {
    await startServer();
  }
  if (!client || !client.isRunning()) {
    void vscode.window.showErrorMessage("mangopy: the language server is not running (see mangopy: Show Output).");
    return;
  }
  const document = editor.document;
  const selection = editor.selection;
  let result: ConvertResult;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: "mangopy: converting Objective-C" },
      () =>
        client!.sendRequest<ConvertResult>("workspace/executeCommand", {
          command: "mangopy.convertObjectiveC",
          arguments: [
            {
              uri: document.uri.toString(),
              text: document.getText(),
              range: {
                start: { line: selection.start.line, character: selection.start.character },
                end: { line: selection.end.line, character: selection.end.character },
              },
            },
          ],
        }),
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(`mangopy: cannot convert: ${message}`);
    return;
  }
  const script = await vscode.workspace.openTextDocument({ language: "mangofix", content: result.text });
  await vscode.window.showTextDocument(script, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  const shown = vscode.workspace.asRelativePath(document.uri);
  for (const p of result.problems) {
    outputChannel.appendLine(`${shown}:${p.line}:${p.column}: ${p.severity}: ${p.message}`);
  }
  const converted = `${result.methods.length} method${result.methods.length === 1 ? "" : "s"} converted`;
  if (result.problems.length > 0) {
    const choice = await vscode.window.showWarningMessage(
      `mangopy: ${converted}; ${result.problems.length} conversion problem(s) (each at its Objective-C line in the output).`,
      "Show Output",
    );
    if (choice === "Show Output") outputChannel.show(true);
  } else {
    void vscode.window.showInformationMessage(`mangopy: ${converted}.`);
  }
}

function manifestPaths(): string[] {
  const value = vscode.workspace.getConfiguration("mangopy").get<string[]>("manifest");
  return Array.isArray(value) ? value.filter((p) => typeof p === "string" && p.length > 0) : [];
}

/** The server's settings (`initializationOptions`): the manifest, rule selection, baseline, debounce. */
function serverSettings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration("mangopy");
  const strings = (key: string): string[] | undefined => {
    const value = config.get<unknown>(key);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.length > 0) : undefined;
  };
  const settings: Record<string, unknown> = { manifest: manifestPaths() };
  const select = strings("select");
  if (select !== undefined) settings.select = select;
  settings.ignore = strings("ignore") ?? [];
  settings.baseline = config.get<boolean>("baseline", true);
  settings.debounce = config.get<number>("debounce", 150);
  return settings;
}

/** Classes in the configured manifests (for the status bar); undefined when none can be read. */
function manifestClassCount(paths: string[]): number | undefined {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  let total: number | undefined;
  for (const p of paths) {
    const file = path.isAbsolute(p) || !root ? p : path.join(root, p);
    try {
      const data = JSON.parse(fs.readFileSync(file, "utf8"));
      if (data && typeof data.classes === "object" && data.classes !== null) {
        total = (total ?? 0) + Object.keys(data.classes).length;
      }
    } catch {
      // The server reports unusable manifests as diagnostics; the status bar just omits the count.
    }
  }
  return total;
}

type UiState = "starting" | "running" | "stopped" | "failed";

function updateStatus(state: UiState, detail?: string): void {
  const manifests = manifestPaths();
  const count = manifestClassCount(manifests);
  const manifestText =
    manifests.length === 0
      ? "no manifest (SDK baseline only)"
      : `manifest: ${manifests.join(", ")}` + (count !== undefined ? ` (${count} classes)` : "");
  const icon = { starting: "$(sync~spin)", running: "$(check)", stopped: "$(circle-slash)", failed: "$(error)" }[state];
  statusItem.text = `${icon} mangopy` + (state === "running" && count !== undefined ? ` · ${count} classes` : "");
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(`mangopy language server: ${state}\n\n${manifestText}`);
  if (detail) {
    tooltip.appendText(`\n\n${detail}`);
  }
  tooltip.appendMarkdown("\n\n[Restart](command:mangopy.restartServer) · [Show output](command:mangopy.showOutput)");
  tooltip.isTrusted = true;
  statusItem.tooltip = tooltip;
  statusItem.backgroundColor =
    state === "failed" ? new vscode.ThemeColor("statusBarItem.errorBackground") : undefined;
  statusItem.show();
}

async function reportStartFailure(cmd: ServerCommand, error: unknown): Promise<void> {
  const reason = error instanceof Error ? error.message : String(error);
  const commandLine = [cmd.command, ...cmd.args].join(" ");
  outputChannel.appendLine(`Could not start "${commandLine}": ${reason}`);
  updateStatus("failed", `Could not start "${commandLine}": ${reason}`);
  const choice = await vscode.window.showErrorMessage(
    `The mangopy language server could not be started ("${commandLine}"). ` +
      `Install it with \`${INSTALL_HINT}\` (Python 3.10+, in an environment on your PATH), ` +
      `or set "mangopy.pythonPath" to the Python interpreter mangopy is installed in ` +
      `(or "mangopy.serverCommand" to the whole command line).`,
    "Open Settings",
    "Show Output",
    "Retry",
  );
  if (choice === "Open Settings") {
    await vscode.commands.executeCommand("workbench.action.openSettings", "mangopy.pythonPath");
  } else if (choice === "Show Output") {
    outputChannel.show(true);
  } else if (choice === "Retry") {
    await restartServer();
  }
}

async function startServer(): Promise<void> {
  const cmd = serverCommand();
  const serverOptions: ServerOptions = {
    command: cmd.command,
    args: cmd.args,
    // No `transport`: stdio all the same, but TransportKind.stdio would append `--stdio`, which
    // `mangopy lsp` rejects ("No such option").
    options: { cwd: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "mangofix" },
      { scheme: "untitled", language: "mangofix" },
    ],
    initializationOptions: serverSettings(),
    outputChannel,
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher("**/{app_classes.json,*.mangopy-manifest.json}"),
    },
    initializationFailedHandler: (error) => {
      outputChannel.appendLine(`Initialization failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    },
  };

  const newClient = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  newClient.onDidChangeState((event) => {
    if (client !== newClient) {
      return;
    }
    if (event.newState === State.Running) {
      updateStatus("running");
    } else if (event.newState === State.Starting) {
      updateStatus("starting");
    } else if (event.newState === State.Stopped) {
      // A failed start is reported by reportStartFailure, which sets "failed".
      if (statusItem.text.indexOf("$(error)") < 0) {
        updateStatus("stopped");
      }
    }
  });
  client = newClient;
  updateStatus("starting");
  outputChannel.appendLine(`Starting: ${[cmd.command, ...cmd.args].join(" ")}`);
  try {
    await newClient.start();
  } catch (error) {
    if (client === newClient) {
      client = undefined;
    }
    void reportStartFailure(cmd, error);
  }
}

async function stopServer(): Promise<void> {
  const old = client;
  client = undefined;
  if (old && old.state !== State.Stopped) {
    try {
      await old.stop();
    } catch (error) {
      outputChannel.appendLine(`Stopping the server failed: ${String(error)}`);
    }
  }
}

async function restartServer(): Promise<void> {
  await stopServer();
  await startServer();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  outputChannel = vscode.window.createOutputChannel("mangopy");
  statusItem = vscode.window.createStatusBarItem("mangopy.status", vscode.StatusBarAlignment.Left, 0);
  statusItem.name = "mangopy";
  statusItem.command = "mangopy.showOutput";
  context.subscriptions.push(
    outputChannel,
    statusItem,
    vscode.commands.registerCommand("mangopy.restartServer", restartServer),
    vscode.commands.registerCommand("mangopy.showOutput", () => outputChannel.show(true)),
    vscode.commands.registerCommand("mangopy.checkWorkspace", checkWorkspace),
    vscode.commands.registerCommand("mangopy.convertSelection", convertSelection),
    vscode.workspace.onDidChangeConfiguration((event) => {
      const restartingKeys = ["serverCommand", "pythonPath", "manifest", "select", "ignore", "baseline", "debounce"];
      if (restartingKeys.some((key) => event.affectsConfiguration(`mangopy.${key}`))) {
        void restartServer();
      }
    }),
  );
  await startServer();
}

export async function deactivate(): Promise<void> {
  await stopServer();
}
