/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.kit.mission;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A humanitarian cardiac surgery mission: where and when, the team, the consoles on site, the transport limits, the planned cases, the inventory and the rules the kit planner follows.
 * <!-- end-model-doc -->
 * @see org.eccworkbench.kit.mission.MissionFactory
 * @model kind="package"
 * @generated
 */
public interface MissionPackage extends EPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "mission";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.eccworkbench.org/kit/mission/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "ecm";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MissionPackage eINSTANCE = org.eccworkbench.kit.mission.impl.MissionPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.eccworkbench.kit.mission.impl.MissionImpl <em>Mission</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.kit.mission.impl.MissionImpl
	 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getMission()
	 * @generated
	 */
	int MISSION = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Destination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__DESTINATION = 1;

	/**
	 * The feature id for the '<em><b>Departure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__DEPARTURE = 2;

	/**
	 * The feature id for the '<em><b>Return Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__RETURN_DATE = 3;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__FORMAT_VERSION = 4;

	/**
	 * The feature id for the '<em><b>Template Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__TEMPLATE_FOLDER = 5;

	/**
	 * The feature id for the '<em><b>Team</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__TEAM = 6;

	/**
	 * The feature id for the '<em><b>Consoles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__CONSOLES = 7;

	/**
	 * The feature id for the '<em><b>Transport</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__TRANSPORT = 8;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__RULES = 9;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__CASES = 10;

	/**
	 * The feature id for the '<em><b>Inventory</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__INVENTORY = 11;

	/**
	 * The feature id for the '<em><b>Emergency</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__EMERGENCY = 12;

	/**
	 * The number of structural features of the '<em>Mission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Mission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.eccworkbench.kit.mission.impl.TeamMemberImpl <em>Team Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.kit.mission.impl.TeamMemberImpl
	 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getTeamMember()
	 * @generated
	 */
	int TEAM_MEMBER = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER__ROLE = 1;

	/**
	 * The number of structural features of the '<em>Team Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Team Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.eccworkbench.kit.mission.impl.SiteConsoleImpl <em>Site Console</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.kit.mission.impl.SiteConsoleImpl
	 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getSiteConsole()
	 * @generated
	 */
	int SITE_CONSOLE = 2;

	/**
	 * The feature id for the '<em><b>Console Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_CONSOLE__CONSOLE_MODEL = 0;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_CONSOLE__COUNT = 1;

	/**
	 * The feature id for the '<em><b>Hand Crank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_CONSOLE__HAND_CRANK = 2;

	/**
	 * The number of structural features of the '<em>Site Console</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_CONSOLE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Site Console</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_CONSOLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.eccworkbench.kit.mission.impl.TransportLimitsImpl <em>Transport Limits</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.kit.mission.impl.TransportLimitsImpl
	 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getTransportLimits()
	 * @generated
	 */
	int TRANSPORT_LIMITS = 3;

	/**
	 * The feature id for the '<em><b>Max Pieces</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPORT_LIMITS__MAX_PIECES = 0;

	/**
	 * The feature id for the '<em><b>Max Kg Per Piece</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPORT_LIMITS__MAX_KG_PER_PIECE = 1;

	/**
	 * The feature id for the '<em><b>Length Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPORT_LIMITS__LENGTH_CM = 2;

	/**
	 * The feature id for the '<em><b>Width Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPORT_LIMITS__WIDTH_CM = 3;

	/**
	 * The feature id for the '<em><b>Height Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPORT_LIMITS__HEIGHT_CM = 4;

	/**
	 * The feature id for the '<em><b>Tare Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPORT_LIMITS__TARE_KG = 5;

	/**
	 * The number of structural features of the '<em>Transport Limits</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPORT_LIMITS_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Transport Limits</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPORT_LIMITS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.eccworkbench.kit.mission.impl.PlannedCaseImpl <em>Planned Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.kit.mission.impl.PlannedCaseImpl
	 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getPlannedCase()
	 * @generated
	 */
	int PLANNED_CASE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_CASE__ID = 0;

	/**
	 * The feature id for the '<em><b>Age Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_CASE__AGE_YEARS = 1;

	/**
	 * The feature id for the '<em><b>Weight Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_CASE__WEIGHT_KG = 2;

	/**
	 * The feature id for the '<em><b>Height Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_CASE__HEIGHT_CM = 3;

	/**
	 * The feature id for the '<em><b>Hematocrit Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_CASE__HEMATOCRIT_PERCENT = 4;

	/**
	 * The feature id for the '<em><b>Procedure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_CASE__PROCEDURE = 5;

	/**
	 * The feature id for the '<em><b>Expected Bypass Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_CASE__EXPECTED_BYPASS_MINUTES = 6;

	/**
	 * The feature id for the '<em><b>Ecmo Standby</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_CASE__ECMO_STANDBY = 7;

	/**
	 * The feature id for the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_CASE__TEMPLATE = 8;

	/**
	 * The number of structural features of the '<em>Planned Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_CASE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Planned Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_CASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.eccworkbench.kit.mission.impl.InventoryLotImpl <em>Inventory Lot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.kit.mission.impl.InventoryLotImpl
	 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getInventoryLot()
	 * @generated
	 */
	int INVENTORY_LOT = 5;

	/**
	 * The feature id for the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_LOT__ITEM_ID = 0;

	/**
	 * The feature id for the '<em><b>Lot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_LOT__LOT = 1;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_LOT__QUANTITY = 2;

	/**
	 * The feature id for the '<em><b>Expiry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_LOT__EXPIRY = 3;

	/**
	 * The feature id for the '<em><b>Unit Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_LOT__UNIT_VALUE = 4;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_LOT__CURRENCY = 5;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_LOT__LOCATION = 6;

	/**
	 * The number of structural features of the '<em>Inventory Lot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_LOT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Inventory Lot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_LOT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.eccworkbench.kit.mission.impl.EmergencyItemImpl <em>Emergency Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.kit.mission.impl.EmergencyItemImpl
	 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getEmergencyItem()
	 * @generated
	 */
	int EMERGENCY_ITEM = 6;

	/**
	 * The feature id for the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_ITEM__ITEM_ID = 0;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_ITEM__QUANTITY = 1;

	/**
	 * The number of structural features of the '<em>Emergency Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_ITEM_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Emergency Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.eccworkbench.kit.mission.impl.PlanningRulesImpl <em>Planning Rules</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.kit.mission.impl.PlanningRulesImpl
	 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getPlanningRules()
	 * @generated
	 */
	int PLANNING_RULES = 7;

	/**
	 * The feature id for the '<em><b>Cardiac Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_RULES__CARDIAC_INDEX = 0;

	/**
	 * The feature id for the '<em><b>Bsa Formula</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_RULES__BSA_FORMULA = 1;

	/**
	 * The feature id for the '<em><b>Heparin Units Per Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_RULES__HEPARIN_UNITS_PER_KG = 2;

	/**
	 * The feature id for the '<em><b>Protamine Mg Per100 Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_RULES__PROTAMINE_MG_PER100_UNITS = 3;

	/**
	 * The feature id for the '<em><b>Cardioplegia Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_RULES__CARDIOPLEGIA_PROTOCOL = 4;

	/**
	 * The feature id for the '<em><b>Target Hct Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_RULES__TARGET_HCT_PERCENT = 5;

	/**
	 * The feature id for the '<em><b>Packed Cell Hct Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_RULES__PACKED_CELL_HCT_PERCENT = 6;

	/**
	 * The feature id for the '<em><b>Emergency Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_RULES__EMERGENCY_TEMPLATE = 7;

	/**
	 * The feature id for the '<em><b>Emergency Circuits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_RULES__EMERGENCY_CIRCUITS = 8;

	/**
	 * The feature id for the '<em><b>Bands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_RULES__BANDS = 9;

	/**
	 * The feature id for the '<em><b>Spares</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_RULES__SPARES = 10;

	/**
	 * The number of structural features of the '<em>Planning Rules</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_RULES_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Planning Rules</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_RULES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.eccworkbench.kit.mission.impl.WeightBandImpl <em>Weight Band</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.kit.mission.impl.WeightBandImpl
	 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getWeightBand()
	 * @generated
	 */
	int WEIGHT_BAND = 8;

	/**
	 * The feature id for the '<em><b>Up To Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_BAND__UP_TO_KG = 0;

	/**
	 * The feature id for the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_BAND__TEMPLATE = 1;

	/**
	 * The number of structural features of the '<em>Weight Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_BAND_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Weight Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_BAND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.eccworkbench.kit.mission.impl.SparePolicyImpl <em>Spare Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.kit.mission.impl.SparePolicyImpl
	 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getSparePolicy()
	 * @generated
	 */
	int SPARE_POLICY = 9;

	/**
	 * The feature id for the '<em><b>Selector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_POLICY__SELECTOR = 0;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_POLICY__SCOPE = 1;

	/**
	 * The feature id for the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_POLICY__PERCENT = 2;

	/**
	 * The feature id for the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_POLICY__MINIMUM = 3;

	/**
	 * The number of structural features of the '<em>Spare Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_POLICY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Spare Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.eccworkbench.kit.mission.SpareScope <em>Spare Scope</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.kit.mission.SpareScope
	 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getSpareScope()
	 * @generated
	 */
	int SPARE_SCOPE = 10;

	/**
	 * The meta object id for the '<em>Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getDate()
	 * @generated
	 */
	int DATE = 11;


	/**
	 * Returns the meta object for class '{@link org.eccworkbench.kit.mission.Mission <em>Mission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mission</em>'.
	 * @see org.eccworkbench.kit.mission.Mission
	 * @generated
	 */
	EClass getMission();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.Mission#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.eccworkbench.kit.mission.Mission#getName()
	 * @see #getMission()
	 * @generated
	 */
	EAttribute getMission_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.Mission#getDestination <em>Destination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Destination</em>'.
	 * @see org.eccworkbench.kit.mission.Mission#getDestination()
	 * @see #getMission()
	 * @generated
	 */
	EAttribute getMission_Destination();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.Mission#getDeparture <em>Departure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Departure</em>'.
	 * @see org.eccworkbench.kit.mission.Mission#getDeparture()
	 * @see #getMission()
	 * @generated
	 */
	EAttribute getMission_Departure();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.Mission#getReturnDate <em>Return Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Return Date</em>'.
	 * @see org.eccworkbench.kit.mission.Mission#getReturnDate()
	 * @see #getMission()
	 * @generated
	 */
	EAttribute getMission_ReturnDate();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.Mission#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.eccworkbench.kit.mission.Mission#getFormatVersion()
	 * @see #getMission()
	 * @generated
	 */
	EAttribute getMission_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.Mission#getTemplateFolder <em>Template Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Folder</em>'.
	 * @see org.eccworkbench.kit.mission.Mission#getTemplateFolder()
	 * @see #getMission()
	 * @generated
	 */
	EAttribute getMission_TemplateFolder();

	/**
	 * Returns the meta object for the containment reference list '{@link org.eccworkbench.kit.mission.Mission#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Team</em>'.
	 * @see org.eccworkbench.kit.mission.Mission#getTeam()
	 * @see #getMission()
	 * @generated
	 */
	EReference getMission_Team();

	/**
	 * Returns the meta object for the containment reference list '{@link org.eccworkbench.kit.mission.Mission#getConsoles <em>Consoles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Consoles</em>'.
	 * @see org.eccworkbench.kit.mission.Mission#getConsoles()
	 * @see #getMission()
	 * @generated
	 */
	EReference getMission_Consoles();

	/**
	 * Returns the meta object for the containment reference '{@link org.eccworkbench.kit.mission.Mission#getTransport <em>Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Transport</em>'.
	 * @see org.eccworkbench.kit.mission.Mission#getTransport()
	 * @see #getMission()
	 * @generated
	 */
	EReference getMission_Transport();

	/**
	 * Returns the meta object for the containment reference '{@link org.eccworkbench.kit.mission.Mission#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rules</em>'.
	 * @see org.eccworkbench.kit.mission.Mission#getRules()
	 * @see #getMission()
	 * @generated
	 */
	EReference getMission_Rules();

	/**
	 * Returns the meta object for the containment reference list '{@link org.eccworkbench.kit.mission.Mission#getCases <em>Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cases</em>'.
	 * @see org.eccworkbench.kit.mission.Mission#getCases()
	 * @see #getMission()
	 * @generated
	 */
	EReference getMission_Cases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.eccworkbench.kit.mission.Mission#getInventory <em>Inventory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Inventory</em>'.
	 * @see org.eccworkbench.kit.mission.Mission#getInventory()
	 * @see #getMission()
	 * @generated
	 */
	EReference getMission_Inventory();

	/**
	 * Returns the meta object for the containment reference list '{@link org.eccworkbench.kit.mission.Mission#getEmergency <em>Emergency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Emergency</em>'.
	 * @see org.eccworkbench.kit.mission.Mission#getEmergency()
	 * @see #getMission()
	 * @generated
	 */
	EReference getMission_Emergency();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.kit.mission.TeamMember <em>Team Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Team Member</em>'.
	 * @see org.eccworkbench.kit.mission.TeamMember
	 * @generated
	 */
	EClass getTeamMember();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.TeamMember#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.eccworkbench.kit.mission.TeamMember#getName()
	 * @see #getTeamMember()
	 * @generated
	 */
	EAttribute getTeamMember_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.TeamMember#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.eccworkbench.kit.mission.TeamMember#getRole()
	 * @see #getTeamMember()
	 * @generated
	 */
	EAttribute getTeamMember_Role();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.kit.mission.SiteConsole <em>Site Console</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site Console</em>'.
	 * @see org.eccworkbench.kit.mission.SiteConsole
	 * @generated
	 */
	EClass getSiteConsole();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.SiteConsole#getConsoleModel <em>Console Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Console Model</em>'.
	 * @see org.eccworkbench.kit.mission.SiteConsole#getConsoleModel()
	 * @see #getSiteConsole()
	 * @generated
	 */
	EAttribute getSiteConsole_ConsoleModel();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.SiteConsole#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.eccworkbench.kit.mission.SiteConsole#getCount()
	 * @see #getSiteConsole()
	 * @generated
	 */
	EAttribute getSiteConsole_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.SiteConsole#isHandCrank <em>Hand Crank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hand Crank</em>'.
	 * @see org.eccworkbench.kit.mission.SiteConsole#isHandCrank()
	 * @see #getSiteConsole()
	 * @generated
	 */
	EAttribute getSiteConsole_HandCrank();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.kit.mission.TransportLimits <em>Transport Limits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Transport Limits</em>'.
	 * @see org.eccworkbench.kit.mission.TransportLimits
	 * @generated
	 */
	EClass getTransportLimits();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.TransportLimits#getMaxPieces <em>Max Pieces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Pieces</em>'.
	 * @see org.eccworkbench.kit.mission.TransportLimits#getMaxPieces()
	 * @see #getTransportLimits()
	 * @generated
	 */
	EAttribute getTransportLimits_MaxPieces();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.TransportLimits#getMaxKgPerPiece <em>Max Kg Per Piece</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Kg Per Piece</em>'.
	 * @see org.eccworkbench.kit.mission.TransportLimits#getMaxKgPerPiece()
	 * @see #getTransportLimits()
	 * @generated
	 */
	EAttribute getTransportLimits_MaxKgPerPiece();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.TransportLimits#getLengthCm <em>Length Cm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length Cm</em>'.
	 * @see org.eccworkbench.kit.mission.TransportLimits#getLengthCm()
	 * @see #getTransportLimits()
	 * @generated
	 */
	EAttribute getTransportLimits_LengthCm();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.TransportLimits#getWidthCm <em>Width Cm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width Cm</em>'.
	 * @see org.eccworkbench.kit.mission.TransportLimits#getWidthCm()
	 * @see #getTransportLimits()
	 * @generated
	 */
	EAttribute getTransportLimits_WidthCm();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.TransportLimits#getHeightCm <em>Height Cm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height Cm</em>'.
	 * @see org.eccworkbench.kit.mission.TransportLimits#getHeightCm()
	 * @see #getTransportLimits()
	 * @generated
	 */
	EAttribute getTransportLimits_HeightCm();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.TransportLimits#getTareKg <em>Tare Kg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tare Kg</em>'.
	 * @see org.eccworkbench.kit.mission.TransportLimits#getTareKg()
	 * @see #getTransportLimits()
	 * @generated
	 */
	EAttribute getTransportLimits_TareKg();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.kit.mission.PlannedCase <em>Planned Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Planned Case</em>'.
	 * @see org.eccworkbench.kit.mission.PlannedCase
	 * @generated
	 */
	EClass getPlannedCase();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.PlannedCase#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.eccworkbench.kit.mission.PlannedCase#getId()
	 * @see #getPlannedCase()
	 * @generated
	 */
	EAttribute getPlannedCase_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.PlannedCase#getAgeYears <em>Age Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Age Years</em>'.
	 * @see org.eccworkbench.kit.mission.PlannedCase#getAgeYears()
	 * @see #getPlannedCase()
	 * @generated
	 */
	EAttribute getPlannedCase_AgeYears();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.PlannedCase#getWeightKg <em>Weight Kg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Kg</em>'.
	 * @see org.eccworkbench.kit.mission.PlannedCase#getWeightKg()
	 * @see #getPlannedCase()
	 * @generated
	 */
	EAttribute getPlannedCase_WeightKg();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.PlannedCase#getHeightCm <em>Height Cm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height Cm</em>'.
	 * @see org.eccworkbench.kit.mission.PlannedCase#getHeightCm()
	 * @see #getPlannedCase()
	 * @generated
	 */
	EAttribute getPlannedCase_HeightCm();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.PlannedCase#getHematocritPercent <em>Hematocrit Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hematocrit Percent</em>'.
	 * @see org.eccworkbench.kit.mission.PlannedCase#getHematocritPercent()
	 * @see #getPlannedCase()
	 * @generated
	 */
	EAttribute getPlannedCase_HematocritPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.PlannedCase#getProcedure <em>Procedure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Procedure</em>'.
	 * @see org.eccworkbench.kit.mission.PlannedCase#getProcedure()
	 * @see #getPlannedCase()
	 * @generated
	 */
	EAttribute getPlannedCase_Procedure();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.PlannedCase#getExpectedBypassMinutes <em>Expected Bypass Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Bypass Minutes</em>'.
	 * @see org.eccworkbench.kit.mission.PlannedCase#getExpectedBypassMinutes()
	 * @see #getPlannedCase()
	 * @generated
	 */
	EAttribute getPlannedCase_ExpectedBypassMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.PlannedCase#isEcmoStandby <em>Ecmo Standby</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ecmo Standby</em>'.
	 * @see org.eccworkbench.kit.mission.PlannedCase#isEcmoStandby()
	 * @see #getPlannedCase()
	 * @generated
	 */
	EAttribute getPlannedCase_EcmoStandby();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.PlannedCase#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template</em>'.
	 * @see org.eccworkbench.kit.mission.PlannedCase#getTemplate()
	 * @see #getPlannedCase()
	 * @generated
	 */
	EAttribute getPlannedCase_Template();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.kit.mission.InventoryLot <em>Inventory Lot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inventory Lot</em>'.
	 * @see org.eccworkbench.kit.mission.InventoryLot
	 * @generated
	 */
	EClass getInventoryLot();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.InventoryLot#getItemId <em>Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Id</em>'.
	 * @see org.eccworkbench.kit.mission.InventoryLot#getItemId()
	 * @see #getInventoryLot()
	 * @generated
	 */
	EAttribute getInventoryLot_ItemId();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.InventoryLot#getLot <em>Lot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lot</em>'.
	 * @see org.eccworkbench.kit.mission.InventoryLot#getLot()
	 * @see #getInventoryLot()
	 * @generated
	 */
	EAttribute getInventoryLot_Lot();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.InventoryLot#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.eccworkbench.kit.mission.InventoryLot#getQuantity()
	 * @see #getInventoryLot()
	 * @generated
	 */
	EAttribute getInventoryLot_Quantity();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.InventoryLot#getExpiry <em>Expiry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expiry</em>'.
	 * @see org.eccworkbench.kit.mission.InventoryLot#getExpiry()
	 * @see #getInventoryLot()
	 * @generated
	 */
	EAttribute getInventoryLot_Expiry();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.InventoryLot#getUnitValue <em>Unit Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Value</em>'.
	 * @see org.eccworkbench.kit.mission.InventoryLot#getUnitValue()
	 * @see #getInventoryLot()
	 * @generated
	 */
	EAttribute getInventoryLot_UnitValue();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.InventoryLot#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.eccworkbench.kit.mission.InventoryLot#getCurrency()
	 * @see #getInventoryLot()
	 * @generated
	 */
	EAttribute getInventoryLot_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.InventoryLot#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.eccworkbench.kit.mission.InventoryLot#getLocation()
	 * @see #getInventoryLot()
	 * @generated
	 */
	EAttribute getInventoryLot_Location();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.kit.mission.EmergencyItem <em>Emergency Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Emergency Item</em>'.
	 * @see org.eccworkbench.kit.mission.EmergencyItem
	 * @generated
	 */
	EClass getEmergencyItem();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.EmergencyItem#getItemId <em>Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Id</em>'.
	 * @see org.eccworkbench.kit.mission.EmergencyItem#getItemId()
	 * @see #getEmergencyItem()
	 * @generated
	 */
	EAttribute getEmergencyItem_ItemId();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.EmergencyItem#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.eccworkbench.kit.mission.EmergencyItem#getQuantity()
	 * @see #getEmergencyItem()
	 * @generated
	 */
	EAttribute getEmergencyItem_Quantity();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.kit.mission.PlanningRules <em>Planning Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Planning Rules</em>'.
	 * @see org.eccworkbench.kit.mission.PlanningRules
	 * @generated
	 */
	EClass getPlanningRules();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.PlanningRules#getCardiacIndex <em>Cardiac Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cardiac Index</em>'.
	 * @see org.eccworkbench.kit.mission.PlanningRules#getCardiacIndex()
	 * @see #getPlanningRules()
	 * @generated
	 */
	EAttribute getPlanningRules_CardiacIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.PlanningRules#getBsaFormula <em>Bsa Formula</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bsa Formula</em>'.
	 * @see org.eccworkbench.kit.mission.PlanningRules#getBsaFormula()
	 * @see #getPlanningRules()
	 * @generated
	 */
	EAttribute getPlanningRules_BsaFormula();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.PlanningRules#getHeparinUnitsPerKg <em>Heparin Units Per Kg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heparin Units Per Kg</em>'.
	 * @see org.eccworkbench.kit.mission.PlanningRules#getHeparinUnitsPerKg()
	 * @see #getPlanningRules()
	 * @generated
	 */
	EAttribute getPlanningRules_HeparinUnitsPerKg();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.PlanningRules#getProtamineMgPer100Units <em>Protamine Mg Per100 Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protamine Mg Per100 Units</em>'.
	 * @see org.eccworkbench.kit.mission.PlanningRules#getProtamineMgPer100Units()
	 * @see #getPlanningRules()
	 * @generated
	 */
	EAttribute getPlanningRules_ProtamineMgPer100Units();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.PlanningRules#getCardioplegiaProtocol <em>Cardioplegia Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cardioplegia Protocol</em>'.
	 * @see org.eccworkbench.kit.mission.PlanningRules#getCardioplegiaProtocol()
	 * @see #getPlanningRules()
	 * @generated
	 */
	EAttribute getPlanningRules_CardioplegiaProtocol();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.PlanningRules#getTargetHctPercent <em>Target Hct Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Hct Percent</em>'.
	 * @see org.eccworkbench.kit.mission.PlanningRules#getTargetHctPercent()
	 * @see #getPlanningRules()
	 * @generated
	 */
	EAttribute getPlanningRules_TargetHctPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.PlanningRules#getPackedCellHctPercent <em>Packed Cell Hct Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Packed Cell Hct Percent</em>'.
	 * @see org.eccworkbench.kit.mission.PlanningRules#getPackedCellHctPercent()
	 * @see #getPlanningRules()
	 * @generated
	 */
	EAttribute getPlanningRules_PackedCellHctPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.PlanningRules#getEmergencyTemplate <em>Emergency Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Emergency Template</em>'.
	 * @see org.eccworkbench.kit.mission.PlanningRules#getEmergencyTemplate()
	 * @see #getPlanningRules()
	 * @generated
	 */
	EAttribute getPlanningRules_EmergencyTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.PlanningRules#getEmergencyCircuits <em>Emergency Circuits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Emergency Circuits</em>'.
	 * @see org.eccworkbench.kit.mission.PlanningRules#getEmergencyCircuits()
	 * @see #getPlanningRules()
	 * @generated
	 */
	EAttribute getPlanningRules_EmergencyCircuits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.eccworkbench.kit.mission.PlanningRules#getBands <em>Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bands</em>'.
	 * @see org.eccworkbench.kit.mission.PlanningRules#getBands()
	 * @see #getPlanningRules()
	 * @generated
	 */
	EReference getPlanningRules_Bands();

	/**
	 * Returns the meta object for the containment reference list '{@link org.eccworkbench.kit.mission.PlanningRules#getSpares <em>Spares</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Spares</em>'.
	 * @see org.eccworkbench.kit.mission.PlanningRules#getSpares()
	 * @see #getPlanningRules()
	 * @generated
	 */
	EReference getPlanningRules_Spares();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.kit.mission.WeightBand <em>Weight Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Weight Band</em>'.
	 * @see org.eccworkbench.kit.mission.WeightBand
	 * @generated
	 */
	EClass getWeightBand();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.WeightBand#getUpToKg <em>Up To Kg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Up To Kg</em>'.
	 * @see org.eccworkbench.kit.mission.WeightBand#getUpToKg()
	 * @see #getWeightBand()
	 * @generated
	 */
	EAttribute getWeightBand_UpToKg();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.WeightBand#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template</em>'.
	 * @see org.eccworkbench.kit.mission.WeightBand#getTemplate()
	 * @see #getWeightBand()
	 * @generated
	 */
	EAttribute getWeightBand_Template();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.kit.mission.SparePolicy <em>Spare Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spare Policy</em>'.
	 * @see org.eccworkbench.kit.mission.SparePolicy
	 * @generated
	 */
	EClass getSparePolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.SparePolicy#getSelector <em>Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Selector</em>'.
	 * @see org.eccworkbench.kit.mission.SparePolicy#getSelector()
	 * @see #getSparePolicy()
	 * @generated
	 */
	EAttribute getSparePolicy_Selector();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.SparePolicy#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.eccworkbench.kit.mission.SparePolicy#getScope()
	 * @see #getSparePolicy()
	 * @generated
	 */
	EAttribute getSparePolicy_Scope();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.SparePolicy#getPercent <em>Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent</em>'.
	 * @see org.eccworkbench.kit.mission.SparePolicy#getPercent()
	 * @see #getSparePolicy()
	 * @generated
	 */
	EAttribute getSparePolicy_Percent();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.kit.mission.SparePolicy#getMinimum <em>Minimum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum</em>'.
	 * @see org.eccworkbench.kit.mission.SparePolicy#getMinimum()
	 * @see #getSparePolicy()
	 * @generated
	 */
	EAttribute getSparePolicy_Minimum();

	/**
	 * Returns the meta object for enum '{@link org.eccworkbench.kit.mission.SpareScope <em>Spare Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Spare Scope</em>'.
	 * @see org.eccworkbench.kit.mission.SpareScope
	 * @generated
	 */
	EEnum getSpareScope();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, written as ISO 8601 (2026-03-14).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	MissionFactory getMissionFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.eccworkbench.kit.mission.impl.MissionImpl <em>Mission</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.kit.mission.impl.MissionImpl
		 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getMission()
		 * @generated
		 */
		EClass MISSION = eINSTANCE.getMission();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MISSION__NAME = eINSTANCE.getMission_Name();

		/**
		 * The meta object literal for the '<em><b>Destination</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MISSION__DESTINATION = eINSTANCE.getMission_Destination();

		/**
		 * The meta object literal for the '<em><b>Departure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MISSION__DEPARTURE = eINSTANCE.getMission_Departure();

		/**
		 * The meta object literal for the '<em><b>Return Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MISSION__RETURN_DATE = eINSTANCE.getMission_ReturnDate();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MISSION__FORMAT_VERSION = eINSTANCE.getMission_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Template Folder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MISSION__TEMPLATE_FOLDER = eINSTANCE.getMission_TemplateFolder();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MISSION__TEAM = eINSTANCE.getMission_Team();

		/**
		 * The meta object literal for the '<em><b>Consoles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MISSION__CONSOLES = eINSTANCE.getMission_Consoles();

		/**
		 * The meta object literal for the '<em><b>Transport</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MISSION__TRANSPORT = eINSTANCE.getMission_Transport();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MISSION__RULES = eINSTANCE.getMission_Rules();

		/**
		 * The meta object literal for the '<em><b>Cases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MISSION__CASES = eINSTANCE.getMission_Cases();

		/**
		 * The meta object literal for the '<em><b>Inventory</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MISSION__INVENTORY = eINSTANCE.getMission_Inventory();

		/**
		 * The meta object literal for the '<em><b>Emergency</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MISSION__EMERGENCY = eINSTANCE.getMission_Emergency();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.kit.mission.impl.TeamMemberImpl <em>Team Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.kit.mission.impl.TeamMemberImpl
		 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getTeamMember()
		 * @generated
		 */
		EClass TEAM_MEMBER = eINSTANCE.getTeamMember();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEAM_MEMBER__NAME = eINSTANCE.getTeamMember_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEAM_MEMBER__ROLE = eINSTANCE.getTeamMember_Role();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.kit.mission.impl.SiteConsoleImpl <em>Site Console</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.kit.mission.impl.SiteConsoleImpl
		 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getSiteConsole()
		 * @generated
		 */
		EClass SITE_CONSOLE = eINSTANCE.getSiteConsole();

		/**
		 * The meta object literal for the '<em><b>Console Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE_CONSOLE__CONSOLE_MODEL = eINSTANCE.getSiteConsole_ConsoleModel();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE_CONSOLE__COUNT = eINSTANCE.getSiteConsole_Count();

		/**
		 * The meta object literal for the '<em><b>Hand Crank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE_CONSOLE__HAND_CRANK = eINSTANCE.getSiteConsole_HandCrank();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.kit.mission.impl.TransportLimitsImpl <em>Transport Limits</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.kit.mission.impl.TransportLimitsImpl
		 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getTransportLimits()
		 * @generated
		 */
		EClass TRANSPORT_LIMITS = eINSTANCE.getTransportLimits();

		/**
		 * The meta object literal for the '<em><b>Max Pieces</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSPORT_LIMITS__MAX_PIECES = eINSTANCE.getTransportLimits_MaxPieces();

		/**
		 * The meta object literal for the '<em><b>Max Kg Per Piece</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSPORT_LIMITS__MAX_KG_PER_PIECE = eINSTANCE.getTransportLimits_MaxKgPerPiece();

		/**
		 * The meta object literal for the '<em><b>Length Cm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSPORT_LIMITS__LENGTH_CM = eINSTANCE.getTransportLimits_LengthCm();

		/**
		 * The meta object literal for the '<em><b>Width Cm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSPORT_LIMITS__WIDTH_CM = eINSTANCE.getTransportLimits_WidthCm();

		/**
		 * The meta object literal for the '<em><b>Height Cm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSPORT_LIMITS__HEIGHT_CM = eINSTANCE.getTransportLimits_HeightCm();

		/**
		 * The meta object literal for the '<em><b>Tare Kg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSPORT_LIMITS__TARE_KG = eINSTANCE.getTransportLimits_TareKg();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.kit.mission.impl.PlannedCaseImpl <em>Planned Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.kit.mission.impl.PlannedCaseImpl
		 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getPlannedCase()
		 * @generated
		 */
		EClass PLANNED_CASE = eINSTANCE.getPlannedCase();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_CASE__ID = eINSTANCE.getPlannedCase_Id();

		/**
		 * The meta object literal for the '<em><b>Age Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_CASE__AGE_YEARS = eINSTANCE.getPlannedCase_AgeYears();

		/**
		 * The meta object literal for the '<em><b>Weight Kg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_CASE__WEIGHT_KG = eINSTANCE.getPlannedCase_WeightKg();

		/**
		 * The meta object literal for the '<em><b>Height Cm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_CASE__HEIGHT_CM = eINSTANCE.getPlannedCase_HeightCm();

		/**
		 * The meta object literal for the '<em><b>Hematocrit Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_CASE__HEMATOCRIT_PERCENT = eINSTANCE.getPlannedCase_HematocritPercent();

		/**
		 * The meta object literal for the '<em><b>Procedure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_CASE__PROCEDURE = eINSTANCE.getPlannedCase_Procedure();

		/**
		 * The meta object literal for the '<em><b>Expected Bypass Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_CASE__EXPECTED_BYPASS_MINUTES = eINSTANCE.getPlannedCase_ExpectedBypassMinutes();

		/**
		 * The meta object literal for the '<em><b>Ecmo Standby</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_CASE__ECMO_STANDBY = eINSTANCE.getPlannedCase_EcmoStandby();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_CASE__TEMPLATE = eINSTANCE.getPlannedCase_Template();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.kit.mission.impl.InventoryLotImpl <em>Inventory Lot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.kit.mission.impl.InventoryLotImpl
		 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getInventoryLot()
		 * @generated
		 */
		EClass INVENTORY_LOT = eINSTANCE.getInventoryLot();

		/**
		 * The meta object literal for the '<em><b>Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_LOT__ITEM_ID = eINSTANCE.getInventoryLot_ItemId();

		/**
		 * The meta object literal for the '<em><b>Lot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_LOT__LOT = eINSTANCE.getInventoryLot_Lot();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_LOT__QUANTITY = eINSTANCE.getInventoryLot_Quantity();

		/**
		 * The meta object literal for the '<em><b>Expiry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_LOT__EXPIRY = eINSTANCE.getInventoryLot_Expiry();

		/**
		 * The meta object literal for the '<em><b>Unit Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_LOT__UNIT_VALUE = eINSTANCE.getInventoryLot_UnitValue();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_LOT__CURRENCY = eINSTANCE.getInventoryLot_Currency();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_LOT__LOCATION = eINSTANCE.getInventoryLot_Location();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.kit.mission.impl.EmergencyItemImpl <em>Emergency Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.kit.mission.impl.EmergencyItemImpl
		 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getEmergencyItem()
		 * @generated
		 */
		EClass EMERGENCY_ITEM = eINSTANCE.getEmergencyItem();

		/**
		 * The meta object literal for the '<em><b>Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMERGENCY_ITEM__ITEM_ID = eINSTANCE.getEmergencyItem_ItemId();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMERGENCY_ITEM__QUANTITY = eINSTANCE.getEmergencyItem_Quantity();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.kit.mission.impl.PlanningRulesImpl <em>Planning Rules</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.kit.mission.impl.PlanningRulesImpl
		 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getPlanningRules()
		 * @generated
		 */
		EClass PLANNING_RULES = eINSTANCE.getPlanningRules();

		/**
		 * The meta object literal for the '<em><b>Cardiac Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_RULES__CARDIAC_INDEX = eINSTANCE.getPlanningRules_CardiacIndex();

		/**
		 * The meta object literal for the '<em><b>Bsa Formula</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_RULES__BSA_FORMULA = eINSTANCE.getPlanningRules_BsaFormula();

		/**
		 * The meta object literal for the '<em><b>Heparin Units Per Kg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_RULES__HEPARIN_UNITS_PER_KG = eINSTANCE.getPlanningRules_HeparinUnitsPerKg();

		/**
		 * The meta object literal for the '<em><b>Protamine Mg Per100 Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_RULES__PROTAMINE_MG_PER100_UNITS = eINSTANCE.getPlanningRules_ProtamineMgPer100Units();

		/**
		 * The meta object literal for the '<em><b>Cardioplegia Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_RULES__CARDIOPLEGIA_PROTOCOL = eINSTANCE.getPlanningRules_CardioplegiaProtocol();

		/**
		 * The meta object literal for the '<em><b>Target Hct Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_RULES__TARGET_HCT_PERCENT = eINSTANCE.getPlanningRules_TargetHctPercent();

		/**
		 * The meta object literal for the '<em><b>Packed Cell Hct Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_RULES__PACKED_CELL_HCT_PERCENT = eINSTANCE.getPlanningRules_PackedCellHctPercent();

		/**
		 * The meta object literal for the '<em><b>Emergency Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_RULES__EMERGENCY_TEMPLATE = eINSTANCE.getPlanningRules_EmergencyTemplate();

		/**
		 * The meta object literal for the '<em><b>Emergency Circuits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_RULES__EMERGENCY_CIRCUITS = eINSTANCE.getPlanningRules_EmergencyCircuits();

		/**
		 * The meta object literal for the '<em><b>Bands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNING_RULES__BANDS = eINSTANCE.getPlanningRules_Bands();

		/**
		 * The meta object literal for the '<em><b>Spares</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNING_RULES__SPARES = eINSTANCE.getPlanningRules_Spares();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.kit.mission.impl.WeightBandImpl <em>Weight Band</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.kit.mission.impl.WeightBandImpl
		 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getWeightBand()
		 * @generated
		 */
		EClass WEIGHT_BAND = eINSTANCE.getWeightBand();

		/**
		 * The meta object literal for the '<em><b>Up To Kg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEIGHT_BAND__UP_TO_KG = eINSTANCE.getWeightBand_UpToKg();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEIGHT_BAND__TEMPLATE = eINSTANCE.getWeightBand_Template();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.kit.mission.impl.SparePolicyImpl <em>Spare Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.kit.mission.impl.SparePolicyImpl
		 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getSparePolicy()
		 * @generated
		 */
		EClass SPARE_POLICY = eINSTANCE.getSparePolicy();

		/**
		 * The meta object literal for the '<em><b>Selector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPARE_POLICY__SELECTOR = eINSTANCE.getSparePolicy_Selector();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPARE_POLICY__SCOPE = eINSTANCE.getSparePolicy_Scope();

		/**
		 * The meta object literal for the '<em><b>Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPARE_POLICY__PERCENT = eINSTANCE.getSparePolicy_Percent();

		/**
		 * The meta object literal for the '<em><b>Minimum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPARE_POLICY__MINIMUM = eINSTANCE.getSparePolicy_Minimum();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.kit.mission.SpareScope <em>Spare Scope</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.kit.mission.SpareScope
		 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getSpareScope()
		 * @generated
		 */
		EEnum SPARE_SCOPE = eINSTANCE.getSpareScope();

		/**
		 * The meta object literal for the '<em>Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.eccworkbench.kit.mission.impl.MissionPackageImpl#getDate()
		 * @generated
		 */
		EDataType DATE = eINSTANCE.getDate();

	}

} //MissionPackage
