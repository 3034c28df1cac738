package org.eccworkbench.ui.console.internal;

import org.eccworkbench.ui.UiThrottle;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eccworkbench.console.ConsoleDescription;
import org.eccworkbench.console.SessionState;
import org.eccworkbench.console.registry.DriverDescriptor;
import org.eccworkbench.console.registry.DriverLoadException;
import org.eccworkbench.console.registry.DriverRegistry;
import org.eccworkbench.console.transport.Endpoint;
import org.eccworkbench.console.transport.TransportKind;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * The contributed drivers (from their declarations alone), the connection settings of the
 * selected one, Connect and Disconnect, the session's state in colour and words, and where the
 * session is recorded. Connecting and disconnecting run on their own threads; the session runs
 * on its own; the view redraws at most a few times a second.
 */
public final class ConsolesView extends ViewPart {

	private static final int REDRAW_MILLIS = 200;
	private static final String[] BAUDS = { "9600", "19200", "38400", "57600", "115200" };

	private final MonitorModel model = MonitorModel.get();
	private DriverRegistry registry;
	private TableViewer drivers;
	private Combo transport;
	private Text host;
	private Text port;
	private Text device;
	private Combo baud;
	private Button connect;
	private Button disconnect;
	private Label state;
	private Label detail;
	private Label recording;
	private Runnable observer;
	/** The settings typed for each driver this session of the workbench: host, port, device, baud, transport. */
	private final Map<String, String[]> settingsByDriver = new HashMap<>();
	private DriverDescriptor settingsOf;
	private volatile ConsoleConnection connection;
	private volatile boolean busy;
	private String problem;

	@Override
	public void createPartControl(Composite parent) {
		registry = DriverRegistry.fromExtensions();
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(root);

		wrapped(root).setText(Messages.Consoles_drivers);
		drivers = new TableViewer(root, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
		drivers.getTable().setHeaderVisible(true);
		column(Messages.Consoles_columnName, 170, DriverDescriptor::name);
		column(Messages.Consoles_columnVendor, 110, DriverDescriptor::vendor);
		column(Messages.Consoles_columnModels, 70, d -> String.join(", ", d.models()));
		column(Messages.Consoles_columnTransports, 90, d -> d.transports().stream().sorted().map(this::transportName)
				.collect(Collectors.joining(", ")));
		drivers.setContentProvider(ArrayContentProvider.getInstance());
		drivers.setInput(registry.offered());
		// A small width hint: the view, not the columns, sets the width.
		GridDataFactory.fillDefaults().grab(true, false).hint(120, 90).applyTo(drivers.getControl());
		drivers.addSelectionChangedListener(e -> driverSelected());

		createSettings(root);

		Composite buttons = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(buttons);
		connect = new Button(buttons, SWT.PUSH);
		connect.setText(Messages.Consoles_connect);
		connect.addListener(SWT.Selection, e -> connect());
		disconnect = new Button(buttons, SWT.PUSH);
		disconnect.setText(Messages.Consoles_disconnect);
		disconnect.addListener(SWT.Selection, e -> disconnect());
		GridDataFactory.fillDefaults().applyTo(connect);
		GridDataFactory.fillDefaults().applyTo(disconnect);

		state = new Label(root, SWT.CENTER);
		state.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(state);
		detail = wrapped(root);
		recording = wrapped(root);
		Label monitoringOnly = wrapped(root);
		monitoringOnly.setText(Messages.Consoles_monitoringOnly);

		if (!registry.offered().isEmpty()) {
			drivers.setSelection(new StructuredSelection(registry.offered().get(0)));
		}
		UiThrottle throttle = new UiThrottle(root, REDRAW_MILLIS, this::refresh);
		observer = throttle;
		model.addObserver(observer);
		refresh();
	}

	private void createSettings(Composite root) {
		Group settings = new Group(root, SWT.NONE);
		settings.setText(Messages.Consoles_connection);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(settings);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(settings);
		new Label(settings, SWT.NONE).setText(Messages.Consoles_transport);
		transport = new Combo(settings, SWT.READ_ONLY);
		transport.addListener(SWT.Selection, e -> updateEnablement());
		GridDataFactory.fillDefaults().grab(true, false).hint(80, SWT.DEFAULT).applyTo(transport);
		host = field(settings, Messages.Consoles_host, "127.0.0.1");
		port = field(settings, Messages.Consoles_port, "4100");
		device = field(settings, Messages.Consoles_device, "/dev/ttyUSB0");
		new Label(settings, SWT.NONE).setText(Messages.Consoles_baud);
		baud = new Combo(settings, SWT.DROP_DOWN);
		baud.setItems(BAUDS);
		baud.setText("115200");
		GridDataFactory.fillDefaults().grab(true, false).hint(80, SWT.DEFAULT).applyTo(baud);
	}

	private static Text field(Composite parent, String label, String initial) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setText(initial);
		GridDataFactory.fillDefaults().grab(true, false).hint(80, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static Label wrapped(Composite parent) {
		Label label = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(label);
		return label;
	}

	private void column(String title, int width, java.util.function.Function<DriverDescriptor, String> text) {
		TableViewerColumn column = new TableViewerColumn(drivers, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((DriverDescriptor) element);
			}
		});
	}

	private String transportName(TransportKind kind) {
		return kind == TransportKind.TCP ? Messages.Consoles_tcp : Messages.Consoles_serial;
	}

	private Optional<DriverDescriptor> selectedDriver() {
		Object first = ((IStructuredSelection) drivers.getSelection()).getFirstElement();
		return Optional.ofNullable((DriverDescriptor) first);
	}

	private void driverSelected() {
		if (settingsOf != null) {
			settingsByDriver.put(settingsOf.id(), new String[] { host.getText(), port.getText(), device.getText(),
					baud.getText(), Integer.toString(transport.getSelectionIndex()) });
		}
		settingsOf = selectedDriver().orElse(null);
		String[] saved = settingsOf == null ? null : settingsByDriver.get(settingsOf.id());
		if (saved != null) {
			host.setText(saved[0]);
			port.setText(saved[1]);
			device.setText(saved[2]);
			baud.setText(saved[3]);
		}
		List<TransportKind> kinds = selectedDriver().map(d -> d.transports().stream().sorted().toList()).orElse(List.of());
		transport.setItems(kinds.stream().map(this::transportName).toArray(String[]::new));
		transport.setData(kinds);
		if (!kinds.isEmpty()) {
			int index = saved == null ? 0 : Integer.parseInt(saved[4]);
			transport.select(index >= 0 && index < kinds.size() ? index : 0);
		}
		updateEnablement();
	}

	@SuppressWarnings("unchecked")
	private Optional<TransportKind> selectedTransport() {
		List<TransportKind> kinds = (List<TransportKind>) transport.getData();
		int index = transport.getSelectionIndex();
		return kinds == null || index < 0 ? Optional.empty() : Optional.of(kinds.get(index));
	}

	private void updateEnablement() {
		boolean idle = connection == null && !busy;
		boolean tcp = selectedTransport().orElse(null) == TransportKind.TCP;
		boolean serial = selectedTransport().orElse(null) == TransportKind.SERIAL;
		drivers.getControl().setEnabled(idle);
		transport.setEnabled(idle);
		host.setEnabled(idle && tcp);
		port.setEnabled(idle && tcp);
		device.setEnabled(idle && serial);
		baud.setEnabled(idle && serial);
		connect.setEnabled(idle && selectedDriver().isPresent());
		disconnect.setEnabled(connection != null && !busy);
	}

	/** The endpoint the settings describe; sets {@link #problem} and returns empty when they are wrong. */
	private Optional<Endpoint> endpoint() {
		Optional<TransportKind> kind = selectedTransport();
		if (selectedDriver().isEmpty() || kind.isEmpty()) {
			problem = Messages.Consoles_noDriver;
			return Optional.empty();
		}
		if (kind.get() == TransportKind.TCP) {
			String h = host.getText().trim();
			int p = number(port.getText());
			if (h.isEmpty()) {
				problem = Messages.Consoles_noHost;
				return Optional.empty();
			}
			if (p < 1 || p > 65_535) {
				problem = Messages.Consoles_badPort;
				return Optional.empty();
			}
			return Optional.of(Endpoint.tcp(h, p));
		}
		String d = device.getText().trim();
		int b = number(baud.getText());
		if (d.isEmpty()) {
			problem = Messages.Consoles_noDevice;
			return Optional.empty();
		}
		if (b < 1) {
			problem = Messages.Consoles_badBaud;
			return Optional.empty();
		}
		return Optional.of(Endpoint.serial(d, b));
	}

	private static int number(String text) {
		try {
			return Integer.parseInt(text.trim());
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	/** The workspace folder the sessions are recorded under. */
	static Path recordingsRoot() {
		return ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().resolve("recordings");
	}

	private void connect() {
		problem = null;
		Optional<Endpoint> endpoint = endpoint();
		Optional<DriverDescriptor> driver = selectedDriver();
		if (endpoint.isEmpty() || driver.isEmpty() || connection != null || busy) {
			refresh();
			return;
		}
		busy = true;
		model.reset();
		Path folder = ConsoleConnection.recordingFolder(recordingsRoot(), driver.get(), LocalDateTime.now());
		Thread opener = new Thread(() -> {
			try {
				connection = ConsoleConnection.open(driver.get(), endpoint.get(), folder, model);
			} catch (DriverLoadException | IOException | RuntimeException e) {
				model.failed(NLS.bind(Messages.Consoles_cannotConnect, driver.get().name(), e.getMessage()));
			} finally {
				busy = false;
				observer.run();
			}
		}, "eccw-console-connect");
		opener.setDaemon(true);
		opener.start();
		refresh();
	}

	private void disconnect() {
		ConsoleConnection closing = connection;
		if (closing == null || busy) {
			return;
		}
		busy = true;
		Thread closer = new Thread(() -> close(closing), "eccw-console-disconnect");
		closer.setDaemon(true);
		closer.start();
		refresh();
	}

	private void close(ConsoleConnection closing) {
		try {
			closing.close();
		} catch (IOException e) {
			String message = NLS.bind(Messages.Consoles_cannotDisconnect, e.getMessage());
			ILog.of(ConsolesView.class).log(Status.warning(message, e));
			model.failed(message);
		} finally {
			connection = null;
			busy = false;
			observer.run();
		}
	}

	private void refresh() {
		if (state.isDisposed()) {
			return;
		}
		SessionState now = model.state();
		state.setText(Texts.state(now));
		state.setBackground(Texts.stateColor(now));
		state.setForeground(Texts.WHITE);
		String why = problem != null ? problem : model.reason();
		Optional<ConsoleDescription> d = model.description();
		String console = d.map(c -> NLS.bind(Messages.Consoles_console,
				new Object[] { c.vendor(), c.model(), c.serialNumber(), c.firmware(), Texts.mode(c.mode()) })).orElse("");
		detail.setText(console.isEmpty() ? why : why.isEmpty() ? console : console + "\n" + why);
		ConsoleConnection current = connection;
		recording.setText(current == null ? NLS.bind(Messages.Consoles_notRecording, recordingsRoot())
				: NLS.bind(Messages.Consoles_recording, current.folder(), Long.toString(current.samplesRecorded())));
		updateEnablement();
		state.getParent().layout(true, true);
	}

	// For the tests, which connect through the same code as the buttons.

	DriverRegistry registry() {
		return registry;
	}

	void select(String driverId, String tcpHost, int tcpPort) {
		registry.find(driverId).ifPresent(d -> drivers.setSelection(new StructuredSelection(d)));
		host.setText(tcpHost);
		port.setText(Integer.toString(tcpPort));
	}

	/** Selects a driver as the user does, by its identifier. */
	void select(String driverId) {
		registry.find(driverId).ifPresent(d -> drivers.setSelection(new StructuredSelection(d)));
	}

	String portText() {
		return port.getText();
	}

	Button connectButton() {
		return connect;
	}

	Button disconnectButton() {
		return disconnect;
	}

	String stateText() {
		return state.getText();
	}

	String recordingText() {
		return recording.getText();
	}

	ConsoleConnection connection() {
		return connection;
	}

	@Override
	public void setFocus() {
		drivers.getControl().setFocus();
	}

	@Override
	public void dispose() {
		model.removeObserver(observer);
		ConsoleConnection open = connection;
		if (open != null) {
			Thread closer = new Thread(() -> close(open), "eccw-console-disconnect");
			closer.setDaemon(true);
			closer.start();
		}
		super.dispose();
	}
}
