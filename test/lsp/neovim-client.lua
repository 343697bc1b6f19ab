-- Drives pialint's language server from Neovim's built-in LSP client (headless), for
-- test/lsp/neovim.test.ts. Works with Neovim 0.7 (Debian 12): vim.lsp.start_client and
-- buf_attach_client, not vim.lsp.start (0.8+).
--
-- Input (environment): PIALINT_NVIM_CMD (the server command, JSON array), PIALINT_NVIM_ROOT,
-- PIALINT_NVIM_FILE (the document to open), PIALINT_NVIM_OUT (where the JSON report goes).
-- The report: the first diagnostics, what vim.diagnostic shows for them, the code actions on the
-- era-first-year diagnostic, and the diagnostics and text after applying its fix.

local json_encode = vim.json and vim.json.encode or vim.fn.json_encode
local json_decode = vim.json and vim.json.decode or vim.fn.json_decode

local report = { steps = {} }

local function finish(err)
  if err then report.error = err end
  local file = io.open(vim.env.PIALINT_NVIM_OUT, 'w')
  file:write(json_encode(report))
  file:close()
  vim.cmd('qall!')
end

local ok, failure = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.PIALINT_NVIM_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  local published = {}

  local client_id = vim.lsp.start_client({
    name = 'pialint',
    cmd = json_decode(vim.env.PIALINT_NVIM_CMD),
    root_dir = vim.env.PIALINT_NVIM_ROOT,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result and result.uri == uri then table.insert(published, result) end
        -- Keep Neovim's own handling, so vim.diagnostic shows what a user would see.
        vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
  })
  if not client_id then error('vim.lsp.start_client failed') end
  vim.lsp.buf_attach_client(bufnr, client_id)
  table.insert(report.steps, 'attached')

  if not vim.wait(30000, function() return #published > 0 end, 20) then error('no diagnostics within 30 s') end
  local first = published[#published]
  report.first = first
  report.shown = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code
    if code == nil and d.user_data and d.user_data.lsp then code = d.user_data.lsp.code end
    table.insert(report.shown, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity, code = code })
  end
  table.insert(report.steps, 'diagnostics')

  local era
  for _, d in ipairs(first.diagnostics) do
    if d.code == 'era-first-year' then era = d end
  end
  if not era then error('no era-first-year diagnostic') end
  local client = vim.lsp.get_client_by_id(client_id)
  local response = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = era.range,
    context = { diagnostics = { era } },
  }, 10000, bufnr)
  if not response or response.err then error('codeAction failed: ' .. vim.inspect(response)) end
  report.actions = {}
  local fix
  for _, action in ipairs(response.result or {}) do
    table.insert(report.actions, action.title)
    if action.isPreferred then fix = action end
  end
  if not fix then error('no preferred fix among the code actions') end
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding or 'utf-16')
  table.insert(report.steps, 'applied')

  -- Neovim sends the edit as an incremental didChange; the server answers with new diagnostics.
  local before = #published
  local function settled()
    if #published <= before then return false end
    for _, d in ipairs(published[#published].diagnostics) do
      if d.code == 'era-first-year' then return false end
    end
    return true
  end
  if not vim.wait(30000, settled, 20) then error('no diagnostics after the fix within 30 s') end
  report.after = published[#published]
  report.text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  table.insert(report.steps, 'relinted')

  client.stop()
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end)

finish(not ok and tostring(failure) or nil)
